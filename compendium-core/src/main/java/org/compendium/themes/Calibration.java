package org.compendium.themes;

/**
 * Per-theme Platt scaling: the probability that a theme is right given its score {@code s} and its label match
 * {@code l}, {@code σ(a_t s + c_t l + b_t)}, fitted by Newton's method on held-out scores. Most themes have a handful
 * of examples, so each theme's coefficients are drawn towards one shared triple (an L2 penalty of {@code shrink}
 * around it): a rare theme gets the shared curve, a frequent one its own. The label slope {@code c_t} lets a theme
 * whose label most provisions say without the theme (the Protocol, the Convention) discount its label match; it is
 * 0 when the calibration is fitted without it.
 *
 * @param slope      each theme's {@code a_t}
 * @param labelSlope each theme's {@code c_t}
 * @param intercept  each theme's {@code b_t}
 */
record Calibration(double[] slope, double[] labelSlope, double[] intercept) {
    /** Fits on held-out {@code scores[i][t]} and whether theme t is example i's ({@code gold[i][t]}), no label slope. */
    static Calibration fit(double[][] scores, boolean[][] gold, double shrink) {
        return fit(scores, null, gold, shrink);
    }

    /**
     * Fits on held-out {@code scores[i][t]}, label matches {@code labels[i][t]} (null: no label slope) and whether
     * theme t is example i's ({@code gold[i][t]}).
     */
    static Calibration fit(double[][] scores, double[][] labels, boolean[][] gold, double shrink) {
        int themes = scores.length == 0 ? 0 : scores[0].length;
        double[] shared = newton(scores, labels, gold, -1, null, 1e-6);
        double[] a = new double[themes];
        double[] c = new double[themes];
        double[] b = new double[themes];
        for (int t = 0; t < themes; t++) {
            double[] own = Double.isInfinite(shrink) ? shared : newton(scores, labels, gold, t, shared, shrink);
            a[t] = own[0];
            c[t] = own[1];
            b[t] = own[2];
        }
        return new Calibration(a, c, b);
    }

    /** The probability of theme {@code t} at score {@code s}, no label match. */
    double probability(int t, double s) {
        return probability(t, s, 0);
    }

    /** The probability of theme {@code t} at score {@code s} and label match {@code l}. */
    double probability(int t, double s, double l) {
        return 1 / (1 + Math.exp(-(slope[t] * s + labelSlope[t] * l + intercept[t])));
    }

    /**
     * Newton's method for (a, c, b) on theme {@code t}'s column (all columns when t < 0), penalised towards
     * {@code prior} (none when null); c stays 0 without labels.
     */
    private static double[] newton(double[][] scores, double[][] labels, boolean[][] gold, int t, double[] prior,
                                   double shrink) {
        double[] x0 = prior == null ? new double[] {0, 0, 0} : prior;
        double[] x = prior == null ? new double[] {1, 0, -2} : prior.clone();
        int dims = labels == null ? 2 : 3;
        for (int iteration = 0; iteration < (t < 0 ? 20 : 8); iteration++) {
            double[] g = new double[3];
            double[][] h = new double[3][3];
            for (int d = 0; d < 3; d++) {
                g[d] = shrink * (x[d] - x0[d]);
                h[d][d] = shrink;
            }
            for (int i = 0; i < scores.length; i++) {
                int from = t < 0 ? 0 : t;
                int to = t < 0 ? scores[i].length : t + 1;
                for (int u = from; u < to; u++) {
                    double[] f = {scores[i][u], labels == null ? 0 : labels[i][u], 1};
                    double p = 1 / (1 + Math.exp(-(x[0] * f[0] + x[1] * f[1] + x[2])));
                    double y = gold[i][u] ? 1 : 0;
                    double w = p * (1 - p);
                    for (int d = 0; d < 3; d++) {
                        g[d] += (p - y) * f[d];
                        for (int e = 0; e < 3; e++) {
                            h[d][e] += w * f[d] * f[e];
                        }
                    }
                }
            }
            double[] step = dims == 3 ? solve3(h, g) : solve2(h, g);
            if (step == null) {
                break;
            }
            for (int d = 0; d < 3; d++) {
                x[d] -= step[d];
            }
            if (Math.abs(step[0]) + Math.abs(step[1]) + Math.abs(step[2]) < 1e-6) {
                break;
            }
        }
        return x;
    }

    /** The Newton step in (a, b) alone, c kept where it is. */
    private static double[] solve2(double[][] h, double[] g) {
        double det = h[0][0] * h[2][2] - h[0][2] * h[0][2];
        if (det <= 1e-12) {
            return null;
        }
        return new double[] {(h[2][2] * g[0] - h[0][2] * g[2]) / det, 0, (h[0][0] * g[2] - h[0][2] * g[0]) / det};
    }

    /** {@code h⁻¹ g} for a 3 × 3 symmetric positive definite {@code h} (Cramer's rule), null when singular. */
    private static double[] solve3(double[][] h, double[] g) {
        double det = det3(h);
        if (Math.abs(det) <= 1e-12) {
            return null;
        }
        double[] out = new double[3];
        for (int col = 0; col < 3; col++) {
            double[][] m = new double[3][];
            for (int r = 0; r < 3; r++) {
                m[r] = h[r].clone();
                m[r][col] = g[r];
            }
            out[col] = det3(m) / det;
        }
        return out;
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
