package org.compendium.index;

/**
 * How many of a query's words a provision must contain, by the number of distinct words the query has after
 * analysis (stop words and elided articles removed): all of one or two words, all but one of three or four, half
 * (rounded up) of five or more. Ordered by date, the hits are the provisions the policy ({@link #of}) keeps: a long
 * query — an index label, a sentence pasted from a report — thus finds provisions that share most of its words
 * rather than none. Ordered by relevance, the hits are every provision holding a word, and the policy
 * ({@link #preferred}) only says which come first.
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

    /** The longest query, in distinct words, whose ranking by relevance puts the provisions holding {@link #of} first. */
    static final int PREFERRED_MAX_WORDS = 3;

    /**
     * How many of a query's {@code words} a provision must hold to rank before those holding fewer, when the hits are
     * ordered by relevance; 0 when the words alone (BM25) order them. Up to {@value #PREFERRED_MAX_WORDS} words, as
     * {@link #of}: each word of a short query is meant, and a provision missing one misses the point. A longer query
     * (a sentence, a label's head) holds common words beside the telling ones; counting them alike put provisions
     * holding the common ones before those holding the rare ones, which BM25's weights by rarity put first. The limit
     * was chosen by two-fold cross-validation over the relevance set's queries (q01–q38 and q39–q77, limits 2, 3, 4
     * and none: both folds chose 3); see the README.
     */
    static int preferred(int words) {
        return words <= PREFERRED_MAX_WORDS ? of(words) : 0;
    }
}
