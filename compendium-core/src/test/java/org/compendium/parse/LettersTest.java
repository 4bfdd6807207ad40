package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void tableAgreesWithTheJdkOnEveryCharOfTheBasicMultilingualPlane() {
        int letters = 0;
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Letters.isLetter((char) c) != Character.isLetter((char) c)) {
                differ.add(String.format("U+%04X", c));
            }
            letters += Letters.isLetter((char) c) ? 1 : 0;
        }
        assertThat(differ).isEmpty();
        // Not a table of nothing: the BMP has tens of thousands of letters (Han, Hangul, Latin, Cyrillic, Arabic...).
        assertThat(letters).isGreaterThan(40_000);
    }
}
