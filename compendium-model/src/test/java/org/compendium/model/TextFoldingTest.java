package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two foldings keep their contracts: length kept for offsets, full folding for look-ups. */
class TextFoldingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Prie instamment l’ONUDC    | prie instamment l'onudc
            ÉTATS PARTIES              | etats parties
            Système de justice pénale  | systeme de justice penale
            """)
    void foldingForOffsetsKeepsOneCharacterForOne(String text, String folded) {
        assertThat(TextFolding.foldKeepingLength(text)).isEqualTo(folded).hasSameSizeAs(text);
    }

    @RepeatedTest(20)
    void anyTextKeepsItsLengthSoOffsetsCarryOver() {
        Random random = new Random(System.nanoTime());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x60) : 0xA0 + random.nextInt(0x2000)));
        }
        assertThat(TextFolding.foldKeepingLength(sb.toString())).hasSize(sb.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 ᵉʳ juin               | 1 er juin      | 1erjuin
            Cœur   d’Alene          | coeur d'alene  | coeurdalene
            Iran (République islamique d’) | iran (republique islamique d') | iranrepubliqueislamiqued
            Российская Федерация    | российская федерация | российскаяфедерация
            """)
    void foldingForLookUpsSpellsOutCompatibilityFormsAndKeysKeepOnlyLettersAndDigits(String text, String folded, String key) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
        assertThat(TextFolding.key(text)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            WG.7                 | wg.7
            sont   encouragés    | sont encourages
            """)
    void keywordKeysIgnoreCaseAccentsAndSpaceRuns(String value, String key) {
        assertThat(TextFolding.keyword(value)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void keysOfLatinTextsReadCharByCharAreThoseOfTheWholeFolding() {
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (char a = 0; a < 0x180; a++) {
            for (char b = 0; b < 0x180; b += 3) {
                String text = "" + a + b + a;
                if (!TextFolding.key(text).equals(TextFolding.foldedKey(text))) {
                    differ.add(String.format("U+%04X U+%04X", (int) a, (int) b));
                }
            }
        }
        java.util.Random random = new java.util.Random(20261203);
        String names = "Bolivie (État plurinational de) Côte d’Ivoire Türkiye Œ ſ ŉ Ŀ ĳ ª ² ¼ ß İ ı";
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = random.nextInt(30); i < n; i++) {
                sb.append(random.nextBoolean() ? (char) random.nextInt(0x180) : names.charAt(random.nextInt(names.length())));
            }
            String text = sb.toString();
            if (!TextFolding.key(text).equals(TextFolding.foldedKey(text))) {
                differ.add(text);
            }
        }
        assertThat(differ).isEmpty();
        assertThat(TextFolding.key("Côte d’Ivoire")).isEqualTo("cotedivoire");
    }
}
