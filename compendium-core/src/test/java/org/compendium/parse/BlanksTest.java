package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlanksTest {
    @Test
    void blanksAreTheJdksWhitespaceAndSpaceSeparatorsOnEveryCharOfTheBasicMultilingualPlane() {
        List<String> differ = new ArrayList<>();
        int blanks = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean jdk = Character.isWhitespace((char) c) || Character.isSpaceChar((char) c);
            if (Blanks.isBlank((char) c) != jdk) {
                differ.add(String.format("U+%04X", c));
            }
            blanks += jdk ? 1 : 0;
        }
        assertThat(differ).isEmpty();
        assertThat(blanks).isGreaterThan(25);
    }
}
