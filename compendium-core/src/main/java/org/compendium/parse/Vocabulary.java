package org.compendium.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The word counts of one document, used to repair words that PDF extraction split in two ({@code servic es},
 * {@code d onnées}): two fragments are joined only when the joined word occurs in the same document and one fragment
 * is not a word of its own there.
 */
public final class Vocabulary {
    /** One-letter French words that stand alone legitimately; other single letters before a space are fragments. */
    private static final String ONE_LETTER_WORDS = "aày";
    /** Short French words that are words in their own right; "par ce" must not become "parce". */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "au", "aux", "ce", "ces", "de", "des", "du", "en", "et", "il", "la", "le", "les", "leur", "ne", "ni", "on", "ou",
            "par", "pas", "pour", "que", "qui", "sa", "se", "ses", "si", "son", "sur", "un", "une");

    private final Map<String, Integer> counts;

    private Vocabulary(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** Counts the words of a whole source text (letters only, lower-cased). */
    public static Vocabulary of(CharSequence text) {
        // Lower-cased once as a whole: one allocation per word instead of two.
        String lower = text.toString().toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>(Math.max(16, lower.length() / 40));
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            counts.merge(lower.substring(start, i), 1, Integer::sum);
        }
        return new Vocabulary(counts);
    }

    /** A vocabulary that never joins anything. */
    public static Vocabulary empty() {
        return new Vocabulary(Map.of());
    }

    public int count(String word) {
        return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** Whether {@code left + right} is one word that extraction split. */
    public boolean shouldJoin(String left, String right) {
        return shouldJoinLowerCase(left.toLowerCase(Locale.ROOT), right.toLowerCase(Locale.ROOT));
    }

    /** {@link #shouldJoin} for words already in lower case, which spares a copy of each word on the hot path. */
    boolean shouldJoinLowerCase(String left, String right) {
        boolean strayLetter = left.length() == 1 && ONE_LETTER_WORDS.indexOf(left.charAt(0)) < 0;
        if (!strayLetter) {
            if (FUNCTION_WORDS.contains(left) || FUNCTION_WORDS.contains(right)) {
                return false;
            }
            // Checked before the joined word: most neighbours are two common words, and this test is the cheap one.
            if (counts.getOrDefault(left, 0) > 1 && counts.getOrDefault(right, 0) > 1) {
                return false;
            }
        }
        return counts.getOrDefault(left + right, 0) > 0;
    }
}
