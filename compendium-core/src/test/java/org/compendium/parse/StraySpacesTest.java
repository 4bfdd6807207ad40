package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.compendium.model.SourceSpan;
import org.junit.jupiter.api.Test;

class StraySpacesTest {
    /** The three passes StraySpaces replaces, in the order the normaliser ran them. */
    private static final List<Pattern> REGEX_PASSES = List.of(
            Pattern.compile("(?<=\\p{L}) +(?=['’]\\p{L})"),
            Pattern.compile("(?<=[\\p{L}\\p{N})»]) +(?=[,.،؛](?:\\s|$))"),
            Pattern.compile("(?<=\\p{L}) +(?=-\\p{Lu})"),
            Pattern.compile("(?<=\\p{IsHan}) +(?=[\\p{IsHan}0-9])|(?<=[0-9]) +(?=\\p{IsHan})"));
    private static final String[] PIECES = {"a", "É", "é", "Z", "1", "²", "Ⅻ", ")", "»", " ", " ", " ", "'", "’", ",", ".",
            "-", "\n", "\t", "\u00A0", "\u2028", "(", "\uD835\uDC00", "年", "议", "，", "7", "ة", "،", "؛"};

    @Test
    void oneScanDeletesWhatTheFourRegularExpressionsDeleted() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String source = sb.toString();
            MappedText raw = MappedText.of(source, List.of(new SourceSpan(0, source.length())));
            MappedText expected = raw;
            for (Pattern p : REGEX_PASSES) {
                expected = deleteMatches(expected, p);
            }
            MappedText actual = StraySpaces.delete(raw);
            assertThat(actual.text()).as(source).isEqualTo(expected.text());
            for (int i = 0; i < actual.length(); i++) {
                assertThat(actual.sourceOffset(i)).as(source).isEqualTo(expected.sourceOffset(i));
            }
        }
    }

    @Test
    void strayedSpacesBeforePunctuationGo() {
        MappedText raw = MappedText.of("d ’examiner France , les États -Unis, la fin .", List.of(new SourceSpan(0, 46)));
        assertThat(StraySpaces.delete(raw).text()).isEqualTo("d’examiner France, les États-Unis, la fin.");
    }

    @Test
    void aSpaceBeforeAnArabicCommaOrSemicolonGoes() {
        // What a footnote mark in brackets leaves once set apart ("الوطنية(1)،" read without its mark); before, the
        // provision read "الوطنية ،".
        MappedText raw = MappedText.of("عبر الوطنية ، والجو ؛ و، ب", List.of(new SourceSpan(0, 26)));
        assertThat(StraySpaces.delete(raw).text()).isEqualTo("عبر الوطنية، والجو؛ و، ب");
    }

    private static MappedText deleteMatches(MappedText t, Pattern p) {
        boolean[] keep = new boolean[t.length()];
        java.util.Arrays.fill(keep, true);
        var m = p.matcher(t.text());
        while (m.find()) {
            java.util.Arrays.fill(keep, m.start(), m.end(), false);
        }
        return t.filter(keep, null);
    }
}
