package org.compendium.themes;

import java.util.Arrays;

/**
 * Isotonic calibration: the probability that a theme is right as a non-decreasing function of its score, fitted by
 * pool-adjacent-violators on held-out scores and read between the pooled blocks' centres by linear interpolation
 * (constant beyond the first and last). Unlike {@link PlattCalibration} it assumes no sigmoid shape. A theme's own
 * curve rests on its few positives, so it is weighed against the curve of all themes pooled: with {@code P_t}
 * positives, {@code p_t(s) = (P_t iso_t(s) + prior · iso(s)) / (P_t + prior)}.
 *
 * <p>Flat stretches would tie many themes' probabilities (every unlikely theme at 0), and a tie ranks themes by
 * vocabulary order; a share of {@value #TIE_BREAK} of a increasing function of the score keeps the ranking the
 * scores' within a tie.
 *
 * @param pooled the curve of all themes together
 * @param own    each theme's own curve
 * @param positives each theme's positives in the fitted data
 * @param prior  the weight of the pooled curve, in positives
 */
record IsotonicCalibration(Curve pooled, Curve[] own, int[] positives, double prior) implements Calibration {
    /** The weight of the score itself, breaking ties between flat stretches. */
    static final double TIE_BREAK = 1e-6;

    /**
     * A non-decreasing step curve through the blocks of pool-adjacent-violators.
     *
     * @param x each block's mean score, increasing
     * @param y each block's share of positives, non-decreasing
     */
    record Curve(double[] x, double[] y) {
        /** The curve's value at {@code s}, linearly between block centres; 0 for a curve of no data. */
        double at(double s) {
            if (x.length == 0) {
                return 0;
            }
            int i = Arrays.binarySearch(x, s);
            if (i >= 0) {
                return y[i];
            }
            int hi = -i - 1;
            if (hi == 0) {
                return y[0];
            }
            if (hi == x.length) {
                return y[x.length - 1];
            }
            double f = (s - x[hi - 1]) / (x[hi] - x[hi - 1]);
            return y[hi - 1] + f * (y[hi] - y[hi - 1]);
        }

        /** Pool-adjacent-violators over {@code scores} with labels {@code labels} (same length). */
        static Curve fit(double[] scores, boolean[] labels) {
            int n = scores.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
            double[] sx = new double[n];
            double[] sy = new double[n];
            double[] w = new double[n];
            int blocks = 0;
            for (int r = 0; r < n; r++) {
                int i = order[r];
                sx[blocks] = scores[i];
                sy[blocks] = labels[i] ? 1 : 0;
                w[blocks] = 1;
                blocks++;
                while (blocks > 1 && (sy[blocks - 2] >= sy[blocks - 1] || sx[blocks - 2] == sx[blocks - 1])) {
                    double total = w[blocks - 2] + w[blocks - 1];
                    sx[blocks - 2] = (sx[blocks - 2] * w[blocks - 2] + sx[blocks - 1] * w[blocks - 1]) / total;
                    sy[blocks - 2] = (sy[blocks - 2] * w[blocks - 2] + sy[blocks - 1] * w[blocks - 1]) / total;
                    w[blocks - 2] = total;
                    blocks--;
                }
            }
            return new Curve(Arrays.copyOf(sx, blocks), Arrays.copyOf(sy, blocks));
        }
    }

    /** Fits on held-out {@code scores[i][t]} and whether theme t is example i's ({@code gold[i][t]}). */
    static IsotonicCalibration fit(double[][] scores, boolean[][] gold, double prior) {
        int m = scores.length;
        int themes = m == 0 ? 0 : scores[0].length;
        double[] all = new double[m * themes];
        boolean[] allLabels = new boolean[m * themes];
        Curve[] own = new Curve[themes];
        int[] positives = new int[themes];
        for (int t = 0; t < themes; t++) {
            double[] s = new double[m];
            boolean[] y = new boolean[m];
            for (int i = 0; i < m; i++) {
                s[i] = scores[i][t];
                y[i] = gold[i][t];
                all[t * m + i] = s[i];
                allLabels[t * m + i] = y[i];
                positives[t] += y[i] ? 1 : 0;
            }
            own[t] = Curve.fit(s, y);
        }
        return new IsotonicCalibration(Curve.fit(all, allLabels), own, positives, prior);
    }

    @Override
    public double probability(int t, double s) {
        double p = (positives[t] * own[t].at(s) + prior * pooled.at(s)) / (positives[t] + prior);
        return (1 - TIE_BREAK) * p + TIE_BREAK / (1 + Math.exp(-s));
    }
}
