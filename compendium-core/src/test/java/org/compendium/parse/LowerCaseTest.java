package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowerCaseTest {
    @Test
    void everyCharacterOfTheBasicPlaneLowersAsStringToLowerCaseRoot() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertThat(new String(LowerCase.of(s))).as("U+%04X", c).isEqualTo(s.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void mixedTextsWithContextualSigmaDottedIAndSurrogatesLowerAsTheJdkDoes() {
        String[] pieces = {"A", "z", "É", "Ж", "ΟΔΟΣ", "Σ", " ", "İ", "\uD801\uDC00", "\uD835\uDC00", "年", "ﬀ", "Ⅻ", "ǅ", "-"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            String expected = s.toLowerCase(Locale.ROOT);
            assertThat(new String(LowerCase.of(s))).as(s).isEqualTo(expected);
            char[] aligned = LowerCase.aligned(s);
            if (expected.length() == s.length()) {
                assertThat(new String(aligned)).as(s).isEqualTo(expected);
            } else {
                assertThat(aligned).as(s).isNull();
            }
        }
    }

    @Test
    void blanksAreWhitespaceAndSpaceSeparatorsForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(Blanks.isBlank((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }
}
