package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.compendium.model.Language;
import org.compendium.parse.grammar.IndexWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number cells expand to one report number per provision, letters kept with their paragraph. */
class ReportNumbersTest {
    private static final IndexWording FRENCH = IndexWording.of(Language.FRENCH);
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "24, 25, 28 et 30|24/25/28/30",
        "9, 18 et 23 à 25|9/18/23/24/25",
        "8 b), g) et h) et 10 e)|8 b)/8 g)/8 h)/10 e)",
        "8 a) à c) et f) et 9|8 a)/8 b)/8 c)/8 f)/9",
        "2 et 9 a) et b)|2/9 a)/9 b)",
        "b) iii)|b) iii)",
        "c) et j) i)|c)/j) i)",
        "al. 1 à 3 ; 6, 7|al. 1/al. 2/al. 3/6/7",
        "18 et 36 31 13|18/36/31/13",
        "12 d) 5, 14|12 d)/5/14",
    })
    void numbersExpand(String cell, String expected) {
        assertThat(String.join("/", ReportNumbers.read(cell, FRENCH))).isEqualTo(expected);
    }
}
