package org.compendium.themes;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.compendium.model.IndexPart;
import org.compendium.model.Language;
import org.compendium.parse.grammar.IndexWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference cells of every shape the index uses expand to compendium labels. */
class IndexReferencesTest {
    private static final IndexWording FRENCH = IndexWording.of(Language.FRENCH);
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I.22|A|A:I.22",
        "I.21, I.22 et I.27|A|A:I.21 A:I.22 A:I.27",
        "III.19 à 21|A|A:III.19 A:III.20 A:III.21",
        "V.2.a à d, V.2.f|A|A:V.2.a A:V.2.b A:V.2.c A:V.2.d A:V.2.f",
        "VI.al. 1 à 3 ; VI.6|B|B:VI.al. 1 B:VI.al. 2 B:VI.al. 3 B:VI.6",
        "Partie B : VI. al. 5|A|B:VI.al. 5",
        "II.n.iii et I.b.iii|B|B:II.n.iii B:I.b.iii",
        "I.c à e|B|B:I.c B:I.d B:I.e",
        "Partie A I.47 IV.10 Partie B V.13|A|A:I.47 A:IV.10 B:V.13",
        "Partie B||B:",
    })
    void cellsExpandToLabels(String cell, String part, String expected) {
        IndexReferences.Cell c = IndexReferences.read(cell, part == null ? IndexPart.A : IndexPart.valueOf(part), FRENCH);
        List<String> got = c.references().stream().map(r -> r.part() + ":" + r.label()).toList();
        if (expected.endsWith(":")) {
            assertThat(got).isEmpty();
            assertThat(c.partAfter()).isEqualTo(IndexPart.B);
        } else {
            assertThat(String.join(" ", got)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"I.22 voir aussi", "III.21 à 19", "V.2.a à 4"})
    void unreadableTextIsAnErrorNeverDropped(String cell) {
        assertThatThrownBy(() -> IndexReferences.read(cell, IndexPart.A, FRENCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
