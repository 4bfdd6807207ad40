package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines and non-blank counts of {@link SourceLines} against the plain definitions, on random texts. */
class SourceLinesTest {
    private static final String PALETTE = "ab é.\n\n\r\f\u000B\u2028\u2029\u00A0\u202F\u2003\t\u1680\u3000x";

    @Test
    void linesAndNonBlankCountsAreThoseOfTheDefinitionsOnRandomTexts() {
        Random random = new Random(20261203);
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(round < 200 ? 140 : 700); i < n; i++) {
                text.append(PALETTE.charAt(random.nextInt(PALETTE.length())));
            }
            String source = text.toString();
            SourceLines lines = new SourceLines(source);
            assertThat(lines.lines()).as(source).isEqualTo(plainLines(source));
            for (int k = 0; k < 200; k++) {
                int from = random.nextInt(source.length() + 1);
                int to = from + random.nextInt(source.length() - from + 1);
                int expected = 0;
                for (int i = from; i < to; i++) {
                    expected += Character.isWhitespace(source.charAt(i)) || Character.isSpaceChar(source.charAt(i)) ? 0 : 1;
                }
                assertThat(lines.nonBlank(from, to)).as("%d..%d of %s", from, to, source).isEqualTo(expected);
            }
            assertThat(lines.nonBlank(0, source.length())).isEqualTo(source.codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count());
        }
    }

    /** Lines end at \n, \r, \r\n, \f, \u000B, \u2028 and \u2029; a last line without an end counts when not empty. */
    private static List<SourceLines.Line> plainLines(String s) {
        List<SourceLines.Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\n\r\f\u000B\u2028\u2029".indexOf(c) >= 0) {
                out.add(new SourceLines.Line(out.size(), start, i, s.substring(start, i)));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(new SourceLines.Line(out.size(), start, s.length(), s.substring(start)));
        }
        return out;
    }
}
