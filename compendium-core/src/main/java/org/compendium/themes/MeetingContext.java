package org.compendium.themes;

/**
 * What the other provisions of the same meeting say about a provision's themes, added to its own score: a meeting
 * treats a few topics at length, so the themes editors already gave its earlier provisions (the meeting's
 * <em>prior</em>) and the themes of the provisions next to it (decided, else as scored) make a theme more likely.
 *
 * <p>With the scores {@code s_i} (label blend, before calibration) of a meeting's provisions in document order, of
 * which the first {@code k} are decided with themes {@code y_j}, the score of an undecided provision {@code i} becomes
 * {@code s_i + prior · mean_{j<k} y_j + neighbours · mean_{j=i±1} v_j}, with {@code v_j = y_j} for a decided
 * neighbour and {@code s_j} otherwise. Both weights are chosen by the inner folds
 * ({@link NestedEvaluation#choose}); the calibration is fitted on the adjusted scores.
 *
 * @param prior      the weight of the share of the meeting's decided provisions with the theme
 * @param neighbours the weight of the previous and next provision's themes or scores
 */
record MeetingContext(double prior, double neighbours) {
    /** No context: each provision scored on its own. */
    static final MeetingContext NONE = new MeetingContext(0, 0);

    /**
     * The adjusted scores of the undecided provisions of one meeting.
     *
     * @param decided the themes of the first {@code k} provisions ({@code decided[j][t]}), in document order
     * @param scores  the scores of the provisions after them, in document order
     * @return the adjusted scores, same order as {@code scores}
     */
    double[][] adjust(boolean[][] decided, double[][] scores) {
        int k = decided.length;
        int rest = scores.length;
        double[][] out = new double[rest][];
        if (rest == 0) {
            return out;
        }
        int themes = scores[0].length;
        double[] share = new double[themes];
        for (boolean[] d : decided) {
            for (int t = 0; t < themes; t++) {
                share[t] += d[t] ? 1.0 / k : 0;
            }
        }
        for (int i = 0; i < rest; i++) {
            double[] s = scores[i].clone();
            int position = k + i;
            int count = 0;
            double[] near = new double[themes];
            for (int j : new int[] {position - 1, position + 1}) {
                if (j < 0 || j >= k + rest) {
                    continue;
                }
                count++;
                for (int t = 0; t < themes; t++) {
                    near[t] += j < k ? (decided[j][t] ? 1 : 0) : scores[j - k][t];
                }
            }
            for (int t = 0; t < themes; t++) {
                s[t] += count > 0 ? neighbours * near[t] / count : 0;
            }
            out[i] = withPrior(s, share);
        }
        return out;
    }

    /**
     * A score row plus the prior of the meeting's decided themes ({@code share[t]}: the share of its decided
     * provisions with theme t), the neighbour term left out: what a lone text, whose neighbours are not scored with
     * it, gets.
     */
    double[] withPrior(double[] scores, double[] share) {
        double[] out = scores.clone();
        for (int t = 0; t < out.length; t++) {
            out[t] += prior * share[t];
        }
        return out;
    }
}
