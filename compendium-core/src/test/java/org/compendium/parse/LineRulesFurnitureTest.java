package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LineRules#isFurniture}'s first-character gates never refuse a line that its patterns match. */
class LineRulesFurnitureTest {
    private static final String[] PIECES = {" ", "  ", "\t", "\u00A0", "V", "V.", "A", "E.", "19", "26", "-", "- ",
            "09339", "04321", "(E)", "(C)", " 030626", "*", "2519346", "2/12", "3", "www.", "http://", "unodc.org",
            "Les", "États", ".", "x"};

    @Test
    void aLineItsPatternsMatchIsFurniture() {
        Random random = new Random(20261203);
        int furniture = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0, n = 1 + random.nextInt(6); p < n; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String line = sb.toString();
            boolean expected = LineRules.URL_LINE.matcher(line).matches() || LineRules.PAGE_MARK.matcher(line).matches();
            assertThat(LineRules.isFurniture(line)).as("«" + line + "»").isEqualTo(expected);
            furniture += expected ? 1 : 0;
        }
        assertThat(furniture).isGreaterThan(1_000);
        assertThat(LineRules.isFurniture("V.19-09339")).isTrue();
        assertThat(LineRules.isFurniture("Les États parties")).isFalse();
    }
}
