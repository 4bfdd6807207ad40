package org.compendium.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeLink;
import org.compendium.model.ThemeVerdict;
import org.junit.jupiter.api.Test;

class StoredThemesTest {
    private static final Citation REC = Citation.parse("CTOC/COP/WG.7 meeting 1 rec. 22");

    @Test
    void editorsDecisionsApplyInTheOrderTakenOnTopOfTheImportedLinks() {
        List<ThemeLink> links = List.of(new ThemeLink("appui-consulaire", REC, "I.22", null, null, null),
                new ThemeLink("assistance", REC, "I.22", null, null, null));
        List<ThemeDecision> decisions = List.of(
                new ThemeDecision(REC, "assistance", ThemeVerdict.REJECTED, "anne", Instant.parse("2026-01-02T00:00:00Z")),
                new ThemeDecision(REC, "protection", ThemeVerdict.ADDED, "anne", Instant.parse("2026-01-01T00:00:00Z")),
                new ThemeDecision(REC, "protection", ThemeVerdict.REJECTED, "ben", Instant.parse("2026-01-03T00:00:00Z")),
                new ThemeDecision(REC, "formation", ThemeVerdict.ACCEPTED, "ben", Instant.parse("2026-01-04T00:00:00Z")));
        StoredThemes themes = StoredThemes.of(links, decisions);
        assertThat(themes.themes(REC, "")).containsExactly("appui-consulaire", "formation");
        assertThat(themes.themes(Citation.parse("COP res. 5/3 op. 7"), "")).isEmpty();
    }
}
