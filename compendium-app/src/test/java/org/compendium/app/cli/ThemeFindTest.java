package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.junit.jupiter.api.Test;

/** A theme named on the command line by its id or by its label in any of the languages it has one in. */
class ThemeFindTest {
    private static final List<Theme> THEMES = List.of(
            new Theme("cooperation-internationale", Map.of("fr", "Coopération internationale", "en", "International cooperation",
                    "zh", "国际合作"), null, Body.WG_SOM),
            new Theme("medias", Map.of("fr", "Médias"), null, Body.WG_SOM));

    @Test
    void byIdByFrenchLabelAndByAnotherLanguagesLabel() {
        assertThat(ThemesShowCommand.find(THEMES, "medias").id()).isEqualTo("medias");
        assertThat(ThemesShowCommand.find(THEMES, "Médias").id()).isEqualTo("medias");
        assertThat(ThemesShowCommand.find(THEMES, "International Cooperation").id()).isEqualTo("cooperation-internationale");
        assertThat(ThemesShowCommand.find(THEMES, "国际合作").id()).isEqualTo("cooperation-internationale");
        assertThat(ThemesShowCommand.find(THEMES, "Media")).as("no such label").isNull();
    }
}
