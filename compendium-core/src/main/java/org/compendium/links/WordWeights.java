package org.compendium.links;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How telling each word is among a set of texts: {@code ln(1 + n / df)}, where {@code df} is how many of the
 * {@code n} texts contain it (lower case, as {@link WordTokens.Token#key()}). Learnt from the texts themselves, in
 * any language, so that {@code les}, {@code de} or {@code États parties}, which every candidate says, weigh little in
 * an alignment and the words that set one provision apart weigh most. A word none of them contains weighs as much as
 * a word one of them contains.
 */
final class WordWeights {
    private final Map<String, Integer> documentFrequency;
    private final int texts;

    private WordWeights(Map<String, Integer> documentFrequency, int texts) {
        this.documentFrequency = documentFrequency;
        this.texts = texts;
    }

    /** The weights learnt from texts given as their tokens. */
    static WordWeights of(List<List<WordTokens.Token>> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (List<WordTokens.Token> text : texts) {
            Set<String> seen = new HashSet<>();
            for (WordTokens.Token t : text) {
                if (t.isWord() && seen.add(t.key().toLowerCase(Locale.ROOT))) {
                    df.merge(t.key().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return new WordWeights(df, texts.size());
    }

    /** The weight of a lower-case word key. */
    double weight(String word) {
        int df = Math.max(1, documentFrequency.getOrDefault(word, 0));
        return Math.log(1 + (double) Math.max(1, texts) / df);
    }

    /**
     * The weighted Dice coefficient of two bags of words ({@code 2 × Σ weight × min(count) / (Σ a + Σ b)}): an upper
     * bound of {@link WordDiff#alignment(java.util.function.ToDoubleFunction)} for the same texts, since a common
     * subsequence never uses a word more often than both texts have it.
     */
    double bagDice(Map<String, Integer> a, Map<String, Integer> b) {
        double shared = 0;
        double total = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            double w = weight(e.getKey());
            total += w * e.getValue();
            shared += w * Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            total += weight(e.getKey()) * e.getValue();
        }
        return total == 0 ? 0 : 2 * shared / total;
    }
}
