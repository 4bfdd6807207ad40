package org.compendium.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word counts of one document, used to repair words that PDF extraction split in two ({@code servic es},
 * {@code d onnées}): two fragments are joined only when the joined word occurs in the same document and one fragment
 * is not a word of its own there.
 */
public final class Vocabulary {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** One-letter French words that stand alone legitimately; other single letters before a space are fragments. */
    private static final String ONE_LETTER_WORDS = "aày";

    private final Map<String, Integer> counts;

    private Vocabulary(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** Counts the words of a whole source text (letters only, lower-cased). */
    public static Vocabulary of(CharSequence text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
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
        if (count(left + right) == 0) {
            return false;
        }
        boolean strayLetter = left.length() == 1 && ONE_LETTER_WORDS.indexOf(Character.toLowerCase(left.charAt(0))) < 0;
        return strayLetter || count(left) <= 1 || count(right) <= 1;
    }
}
