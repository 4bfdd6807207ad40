package org.compendium.index;

/**
 * How many of a query's words a provision must contain, by the number of distinct words the query has after
 * analysis (stop words and elided articles removed): all of one or two words, all but one of three or four, half
 * (rounded up) of five or more. Every word still counts in the score, so provisions with all the words come first;
 * the policy only decides which provisions are left out. A long query — an index label, a sentence pasted from a
 * report — thus finds provisions that share most of its words rather than none.
 */
final class MinimumShouldMatch {
    private MinimumShouldMatch() {
    }

    /** The number of words required out of {@code words} distinct ones (0 for none). */
    static int of(int words) {
        if (words <= 2) {
            return words;
        }
        if (words <= 4) {
            return words - 1;
        }
        return (words + 1) / 2;
    }
}
