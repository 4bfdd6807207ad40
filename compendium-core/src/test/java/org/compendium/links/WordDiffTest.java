package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.compendium.links.WordDiff.Change;
import org.compendium.links.WordDiff.Op;
import org.compendium.links.WordDiff.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordDiffTest {
    @Test
    void tokensAreWordsAndSinglePunctuationMarksInTheirOwnSpelling() {
        assertThat(WordTokens.of("Prie l'Office, « sous réserve » des États-Unis 11/5.").stream()
                .map(WordTokens.Token::text))
                .containsExactly("Prie", "l'", "Office", ",", "«", "sous", "réserve", "»", "des", "États-Unis", "11", "/",
                        "5", ".");
        assertThat(WordTokens.of("a ,b").stream().map(WordTokens.Token::spaceBefore)).containsExactly(false, true, false);
        assertThat(WordTokens.of("  \n ")).isEmpty();
    }

    @Test
    void aReplacedWordIsOneChangeWithTheDeletedWordBeforeTheInsertedOne() {
        WordDiff d = WordDiff.between("Prie l'Office de réaliser une étude", "Prie l'Office de conduire une étude");
        assertThat(d.segments()).containsExactly(
                new Segment(Op.SAME, "Prie l'Office de", false, 4),
                new Segment(Op.DELETED, "réaliser", true, 1),
                new Segment(Op.INSERTED, "conduire", true, 1),
                new Segment(Op.SAME, "une étude", true, 2));
        assertThat(d.changes()).containsExactly(new Change("réaliser", "conduire"));
        assertThat(d.alignment()).isEqualTo(2.0 * 6 / 14);
    }

    @Test
    void insertionsAndDeletionsAtEitherEndAreChangesToo() {
        WordDiff d = WordDiff.between("les États parties devraient", "Les États parties devraient, en outre");
        assertThat(d.changes()).containsExactly(new Change("les", "Les"), new Change("", ", en outre"));
        assertThat(WordDiff.between("a b c", "b c").changes()).containsExactly(new Change("a", ""));
    }

    @Test
    void theSameWordsAreIdenticalWhateverTheSpacingAndApostrophe() {
        WordDiff d = WordDiff.between("l’Office ,  et   la", "l'Office, et la");
        assertThat(d.identical()).isTrue();
        assertThat(d.changes()).isEmpty();
        assertThat(d.alignment()).isEqualTo(1.0);
        assertThat(WordDiff.between("", "").alignment()).isZero();
        assertThat(WordDiff.between("un deux", "trois").alignment()).isZero();
    }

    @Test
    void punctuationDoesNotCountInTheAlignment() {
        assertThat(WordDiff.between("a, b; c.", "a b c").alignment()).isEqualTo(1.0);
        assertThat(WordDiff.between("a, b; c.", "a b c").identical()).isFalse();
    }

    @Test
    void aTextTooLongToCompareIsRefusedWithAHint() {
        String book = "mot ".repeat(WordDiff.MAX_TOKENS + 1);
        assertThatThrownBy(() -> WordDiff.between(book, "mot")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shorten it to one paragraph");
    }

    /** Random texts over a small vocabulary (so they share words): both sides rebuild, the shared part is a LCS. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void eitherSideIsRebuiltFromItsRunsAndTheSharedPartIsACommonSubsequenceOfMaximalLength(long seed) {
        Random r = new Random(seed);
        String[] words = {"la", "Conférence", "prie", "l'", "Office", ",", "de", "États", "parties", ".", "et"};
        String a = randomText(r, words, r.nextInt(40));
        String b = randomText(r, words, r.nextInt(40));
        WordDiff d = WordDiff.between(a, b);
        // Shared runs are spaced as the later text spaces them, so compare the texts without their spaces.
        assertThat(d.before().replace(" ", "")).isEqualTo(a.replace(" ", ""));
        assertThat(d.after()).isEqualTo(b);
        int shared = d.segments().stream().filter(s -> s.op() == Op.SAME)
                .mapToInt(s -> WordTokens.of(s.text()).size()).sum();
        assertThat(shared).isEqualTo(lcsLength(WordTokens.of(a), WordTokens.of(b)));
        for (int i = 1; i < d.segments().size(); i++) {
            assertThat(d.segments().get(i).op()).isNotEqualTo(d.segments().get(i - 1).op());
        }
    }

    private static String randomText(Random r, String[] words, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = words[r.nextInt(words.length)];
            boolean glued = w.equals(",") || w.equals(".") || sb.toString().endsWith("'");
            if (!sb.isEmpty() && !glued) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    /** The textbook quadratic LCS length, written independently of the diff's own table. */
    private static int lcsLength(List<WordTokens.Token> a, List<WordTokens.Token> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).key().equals(b.get(j - 1).key()) ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }
}
