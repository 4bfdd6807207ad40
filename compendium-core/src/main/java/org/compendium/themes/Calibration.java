package org.compendium.themes;

/**
 * Per-theme Platt scaling: the probability that a theme is right given its score, {@code σ(a_t s + b_t)}, fitted by
 * Newton's method on held-out scores. Most themes have a handful of examples, so each theme's slope and intercept
 * are drawn towards one shared pair (an L2 penalty of {@code shrink} around it): a rare theme gets the shared curve,
 * a frequent one its own.
 *
 * @param slope     each theme's {@code a_t}
 * @param intercept each theme's {@code b_t}
 */
record Calibration(double[] slope, double[] intercept) {
    /** Fits on held-out {@code scores[i][t]} and whether theme t is example i's ({@code gold[i][t]}). */
    static Calibration fit(double[][] scores, boolean[][] gold, double shrink) {
        int themes = scores.length == 0 ? 0 : scores[0].length;
        double[] shared = newton(scores, gold, -1, 0, 0, 1e-6);
        double[] a = new double[themes];
        double[] b = new double[themes];
        for (int t = 0; t < themes; t++) {
            double[] own = Double.isInfinite(shrink) ? shared : newton(scores, gold, t, shared[0], shared[1], shrink);
            a[t] = own[0];
            b[t] = own[1];
        }
        return new Calibration(a, b);
    }

    /** The probability of theme {@code t} at score {@code s}. */
    double probability(int t, double s) {
        return 1 / (1 + Math.exp(-(slope[t] * s + intercept[t])));
    }

    /** Newton's method for (a, b) on theme {@code t}'s column (all columns when t < 0), penalised towards (a0, b0). */
    private static double[] newton(double[][] scores, boolean[][] gold, int t, double a0, double b0, double shrink) {
        double a = a0 == 0 && b0 == 0 ? 1 : a0;
        double b = a0 == 0 && b0 == 0 ? -2 : b0;
        for (int iteration = 0; iteration < (t < 0 ? 20 : 8); iteration++) {
            double ga = shrink * (a - a0);
            double gb = shrink * (b - b0);
            double haa = shrink;
            double hab = 0;
            double hbb = shrink;
            for (int i = 0; i < scores.length; i++) {
                int from = t < 0 ? 0 : t;
                int to = t < 0 ? scores[i].length : t + 1;
                for (int u = from; u < to; u++) {
                    double s = scores[i][u];
                    double p = 1 / (1 + Math.exp(-(a * s + b)));
                    double y = gold[i][u] ? 1 : 0;
                    double w = p * (1 - p);
                    ga += (p - y) * s;
                    gb += p - y;
                    haa += w * s * s;
                    hab += w * s;
                    hbb += w;
                }
            }
            double det = haa * hbb - hab * hab;
            if (det <= 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-6) {
                break;
            }
        }
        return new double[] {a, b};
    }
}
