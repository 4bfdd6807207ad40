package org.compendium.parse;

import java.util.Arrays;
import java.util.Locale;

/**
 * The word counts of one document, used to repair words that PDF extraction split in two ({@code servic es},
 * {@code d onnées}): two fragments are joined only when the joined word occurs in the same document and one fragment
 * is not a word of its own there.
 *
 * <p>The document is counted once; look-ups take ranges of a lower-cased character array, so the normaliser asks
 * about every pair of neighbouring words without building a string for either.
 */
public final class Vocabulary {
    /** One-letter French words that stand alone legitimately; other single letters before a space are fragments. */
    private static final String ONE_LETTER_WORDS = "aày";
    /** Short French words that are words in their own right; "par ce" must not become "parce". */
    private static final String[] FUNCTION_WORDS = {
            "au", "aux", "ce", "ces", "de", "des", "du", "en", "et", "il", "la", "le", "les", "leur", "ne", "ni", "on", "ou",
            "par", "pas", "pour", "que", "qui", "sa", "se", "ses", "si", "son", "sur", "un", "une"};
    /** The longest function word; a longer word needs no look-up. */
    private static final int FUNCTION_WORD_MAX = 4;
    /** The function words packed by {@link #pack}, sorted for a binary search that allocates nothing. */
    private static final long[] FUNCTION_KEYS = Arrays.stream(FUNCTION_WORDS)
            .mapToLong(w -> pack(w.toCharArray(), 0, w.length())).sorted().toArray();

    private final WordCounts counts;

    /** The words the text writes before a hyphen inside a line ({@code государства} of {@code государства-участники}). */
    private final WordCounts compoundHeads;

    private Vocabulary(WordCounts counts, WordCounts compoundHeads) {
        this.counts = counts;
        this.compoundHeads = compoundHeads;
    }

    /** Counts the words of a whole source text (letters only, lower-cased). */
    public static Vocabulary of(CharSequence text) {
        char[] lower = LowerCase.of(text.toString());
        WordCounts counts = new WordCounts(lower, lower.length / 40);
        WordCounts compoundHeads = new WordCounts(lower, 16);
        int n = lower.length;
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(lower[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(lower[i])) {
                i++;
            }
            counts.add(start, i);
            if (i + 1 < n && lower[i] == '-' && Character.isLetter(lower[i + 1])) {
                compoundHeads.add(start, i);
            }
        }
        return new Vocabulary(counts, compoundHeads);
    }

    /** A vocabulary that never joins anything. */
    public static Vocabulary empty() {
        return new Vocabulary(new WordCounts(new char[0], 0), new WordCounts(new char[0], 0));
    }

    /**
     * Whether the text writes {@code word} before a hyphen inside a line, as the first part of a compound: a line
     * that ends with {@code word-} then breaks inside that compound, not inside a hyphenated word.
     */
    public boolean writesAsCompoundHead(CharSequence text, int start, int end) {
        char[] w = new char[end - start];
        for (int i = start; i < end; i++) {
            w[i - start] = Character.toLowerCase(text.charAt(i));
        }
        return compoundHeads.count(w, 0, w.length) > 0;
    }

    public int count(String word) {
        char[] w = word.toLowerCase(Locale.ROOT).toCharArray();
        return counts.count(w, 0, w.length);
    }

    /** Whether {@code left + right} is one word that extraction split. */
    public boolean shouldJoin(String left, String right) {
        char[] l = left.toLowerCase(Locale.ROOT).toCharArray();
        char[] r = right.toLowerCase(Locale.ROOT).toCharArray();
        char[] both = Arrays.copyOf(l, l.length + r.length);
        System.arraycopy(r, 0, both, l.length, r.length);
        return shouldJoinLowerCase(both, 0, l.length, l.length, both.length);
    }

    /**
     * {@link #shouldJoin} for the words {@code lower[leftStart, leftEnd)} and {@code lower[rightStart, rightEnd)},
     * already in lower case: the hot path of the normaliser, which copies neither word.
     */
    boolean shouldJoinLowerCase(char[] lower, int leftStart, int leftEnd, int rightStart, int rightEnd) {
        boolean strayLetter = leftEnd - leftStart == 1 && ONE_LETTER_WORDS.indexOf(lower[leftStart]) < 0;
        if (!strayLetter) {
            if (isFunctionWord(lower, leftStart, leftEnd) || isFunctionWord(lower, rightStart, rightEnd)) {
                return false;
            }
            // Checked before the joined word: most neighbours are two common words, and this test is the cheap one.
            if (counts.count(lower, leftStart, leftEnd) > 1 && counts.count(lower, rightStart, rightEnd) > 1) {
                return false;
            }
        }
        return counts.count(lower, leftStart, leftEnd, rightStart, rightEnd) > 0;
    }

    private static boolean isFunctionWord(char[] lower, int from, int to) {
        return to - from <= FUNCTION_WORD_MAX && Arrays.binarySearch(FUNCTION_KEYS, pack(lower, from, to)) >= 0;
    }

    /** A word of at most four characters as one number, sixteen bits a character: distinct words, distinct keys. */
    private static long pack(char[] a, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            key = (key << 16) | a[i];
        }
        return key;
    }
}
