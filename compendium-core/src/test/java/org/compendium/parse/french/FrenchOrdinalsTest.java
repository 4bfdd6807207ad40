package org.compendium.parse.french;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchOrdinalsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            premier              | 1
            première             | 1
            Première             | 1
            PREMIERE             | 1
            deuxième             | 2
            second               | 2
            seconde              | 2
            troisième            | 3
            quatrième            | 4
            cinquième            | 5
            sixième              | 6
            septième             | 7
            huitième             | 8
            Neuvième             | 9
            NEUVIEME             | 9
            dixième              | 10
            onzième              | 11
            douzième             | 12
            treizième            | 13
            quatorzième          | 14
            quinzième            | 15
            seizième             | 16
            dix-septième         | 17
            dix-huitième         | 18
            dix-neuvième         | 19
            vingtième            | 20
            vingt et unième      | 21
            vingt-et-unième      | 21
            vingt-deuxième       | 22
            vingt -deuxième      | 22
            vingt-troisième      | 23
            vingt-neuvième       | 29
            trentième            | 30
            trente et unième     | 31
            trente-cinquième     | 35
            quarantième          | 40
            quarante et unième   | 41
            cinquantième         | 50
            soixante et onzième  | 71
            soixante-dix-septième| 77
            quatre-vingtième     | 80
            quatre-vingt-unième  | 81
            quatre-vingt-onzième | 91
            centième             | 100
            """)
    void ordinalWordsReadInAnyCaseAndWithOrWithoutAccents(String word, int expected) {
        assertThat(FrenchOrdinals.parse(word)).hasValue(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1re          | 1
            1er          | 1
            1ère         | 1
            1^{re}       | 1
            1^{er}       | 1
            1 ^{er}      | 1
            1 ^{re}      | 1
            1ʳᵉ          | 1
            1ᵉʳ          | 1
            2e           | 2
            2nd          | 2
            2nde         | 2
            2ème         | 2
            2^{e}        | 2
            8e           | 8
            12e          | 12
            12 ^{e}      | 12
            12ᵉ          | 12
            25e          | 25
            40e          | 40
            """)
    void abbreviationsReadIncludingMarkdownSuperscripts(String word, int expected) {
        assertThat(FrenchOrdinals.parse(word)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "1", "trois", "un", "unième", "1e", "2er", "3re", "1nd", "0e", "01e", "e",
        "premierement", "vingt", "IIe", "deuxiemes"})
    void nonOrdinalsAreRejected(String word) {
        assertThat(FrenchOrdinals.parse(word)).isEmpty();
    }

    @Test
    void nullIsNotAnOrdinal() {
        assertThat(FrenchOrdinals.parse(null)).isEmpty();
        assertThat(FrenchOrdinals.parseRoman(null)).isEmpty();
    }

    @Test
    void everyGeneratedOrdinalWordReadsBackAsItsNumber() {
        for (int n = 1; n <= FrenchOrdinals.MAX_WORD; n++) {
            assertThat(FrenchOrdinals.parse(FrenchOrdinals.toWord(n))).as("%d", n).hasValue(n);
            assertThat(FrenchOrdinals.parse(n == 1 ? "1er" : n + "e")).as("%de", n).hasValue(n);
        }
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I     | 1
            II    | 2
            IV    | 4
            IX    | 9
            XIV   | 14
            XIX   | 19
            XX    | 20
            XXIX  | 29
            XXXIV | 34
            XXXIX | 39
            XL    | 40
            XC    | 90
            MMXXIV| 2024
            """)
    void romanNumeralsRoundTrip(String roman, int value) {
        assertThat(FrenchOrdinals.parseRoman(roman)).hasValue(value);
        assertThat(FrenchOrdinals.parseRoman(roman.toLowerCase(java.util.Locale.ROOT))).hasValue(value);
        assertThat(FrenchOrdinals.toRoman(value)).isEqualTo(roman);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "IIII", "VX", "IC", "XXXX", "IL", "VV", "A", "X I", "Xi1", "MMMM"})
    void nonCanonicalRomanNumeralsAreRejected(String roman) {
        assertThat(FrenchOrdinals.parseRoman(roman)).isEmpty();
    }

    @Test
    void everyRomanNumeralFromOneTo3999RoundTrips() {
        for (int n = 1; n <= 3999; n++) {
            assertThat(FrenchOrdinals.parseRoman(FrenchOrdinals.toRoman(n))).isEqualTo(OptionalInt.of(n));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4000})
    void numbersWithoutRomanNumeralAreRefused(int n) {
        assertThatThrownBy(() -> FrenchOrdinals.toRoman(n)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void numbersWithoutOrdinalWordAreRefused(int n) {
        assertThatThrownBy(() -> FrenchOrdinals.toWord(n)).isInstanceOf(IllegalArgumentException.class);
    }
}
