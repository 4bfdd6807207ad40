package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Theme ids from labels in every script, and sub-themes read from their labels. */
class ThemeLabelsTest {
    @Test
    void aLatinLabelKeepsItsSlugAndAnotherScriptIsTransliterated() {
        assertThat(ThemeLabels.slug("Échange d'informations")).isEqualTo("echange-d-informations");
        assertThat(ThemeLabels.slug("Enfants (non accompagnés/ séparés)")).isEqualTo("enfants-non-accompagnes-separes");
        assertThat(ThemeLabels.slug("Международное сотрудничество")).isEqualTo("mezdunarodnoe-sotrudnicestvo");
        assertThat(ThemeLabels.slug("国际合作")).isEqualTo("guo-ji-he-zuo");
        assertThat(ThemeLabels.slug("التعاون الدولي")).matches("[a-z0-9]+(-[a-z0-9]+)+");
        assertThatThrownBy(() -> ThemeLabels.slug("— ; —")).hasMessageContaining("needs letters or digits");
    }

    @Test
    void aSubThemeNamesItsParentWithLatinOrFullWidthParentheses() {
        assertThat(ThemeLabels.parent("Victimes (protection)", List.of("Victimes", "Victimes (protection)"))).isEqualTo("Victimes");
        assertThat(ThemeLabels.parent("国际合作（保护被害人）", List.of("国际合作"))).isEqualTo("国际合作");
        assertThat(ThemeLabels.parent("Victimes(protection)", List.of("Victimes"))).as("a Latin label needs its space").isNull();
        assertThat(ThemeLabels.parent("ONUDC (UNODC)", List.of("Victimes"))).as("no such parent").isNull();
    }
}
