package org.compendium.themes;

import java.util.List;
import java.util.Set;

/**
 * A second stage with weights shared by every theme: one logistic regression re-scores each (provision, theme) pair
 * from a constant, the logit of its calibrated probability, the logit of the theme's frequency in the provision's
 * body, the best {@code p_u P(t | u)} over the provision's three most probable other themes and the label match. An
 * experiment of the eleventh pass (J; README, section Themes).
 */
final class Rerank {
    /** Whether the inner folds may choose it ({@code -Dthemes.rerank=true}). */
    static final boolean ON = Boolean.getBoolean("themes.rerank");
    private static final int FEATURES = 5;
    private static final double PENALTY = 1;

    private Rerank() {
    }

    /**
     * Counts on training rows.
     *
     * @param bodyPrior the logit of each theme's frequency per body ({@code [body][t]})
     * @param cond      {@code P(t | u)} as {@code cond[u][t]}
     */
    record Stats(double[][] bodyPrior, double[][] cond) {
        static Stats of(List<Set<Integer>> gold, int[] rows, int[] bodies, int themes) {
            double[][] count = new double[2][themes];
            double[] size = new double[2];
            double[][] pair = new double[themes][themes];
            double[] single = new double[themes];
            for (int i : rows) {
                int b = bodies[i];
                size[b]++;
                for (int t : gold.get(i)) {
                    count[b][t]++;
                    single[t]++;
                    for (int u : gold.get(i)) {
                        if (u != t) {
                            pair[t][u]++;
                        }
                    }
                }
            }
            double[][] prior = new double[2][themes];
            for (int b = 0; b < 2; b++) {
                for (int t = 0; t < themes; t++) {
                    double f = (count[b][t] + 0.5) / (size[b] + 1);
                    prior[b][t] = Math.log(f / (1 - f));
                }
            }
            double[][] cond = new double[themes][themes];
            for (int u = 0; u < themes; u++) {
                for (int t = 0; t < themes; t++) {
                    cond[u][t] = pair[u][t] / (single[u] + 1);
                }
            }
            return new Stats(prior, cond);
        }
    }

    /** The features of every theme of one provision ({@code [t][f]}). */
    static double[][] features(double[] q, double[] label, int body, Stats s) {
        int themes = q.length;
        Integer[] order = InnerSelection.ranking(q);
        double[][] x = new double[themes][FEATURES];
        for (int t = 0; t < themes; t++) {
            double together = 0;
            int seen = 0;
            for (int r = 0; r < themes && seen < 3; r++) {
                int u = order[r];
                if (u == t) {
                    continue;
                }
                seen++;
                together = Math.max(together, q[u] * s.cond()[u][t]);
            }
            double p = Math.min(1 - 1e-6, Math.max(1e-6, q[t]));
            x[t][0] = 1;
            x[t][1] = Math.log(p / (1 - p));
            x[t][2] = s.bodyPrior()[body][t];
            x[t][3] = together;
            x[t][4] = label[t];
        }
        return x;
    }

    /** The weights fitted by Newton's method on the pairs {@code x[p][t]} with truth {@code y[p][t]}. */
    static double[] fit(double[][][] x, boolean[][] y) {
        double[] w = new double[FEATURES];
        w[1] = 1;
        for (int iteration = 0; iteration < 12; iteration++) {
            double[] g = new double[FEATURES];
            double[][] h = new double[FEATURES][FEATURES];
            for (int f = 1; f < FEATURES; f++) {
                g[f] += PENALTY * (w[f] - (f == 1 ? 1 : 0));
                h[f][f] += PENALTY;
            }
            for (int p = 0; p < x.length; p++) {
                for (int t = 0; t < x[p].length; t++) {
                    double[] v = x[p][t];
                    double z = 0;
                    for (int f = 0; f < FEATURES; f++) {
                        z += w[f] * v[f];
                    }
                    double pr = 1 / (1 + Math.exp(-z));
                    double r = pr - (y[p][t] ? 1 : 0);
                    double c = pr * (1 - pr);
                    for (int a = 0; a < FEATURES; a++) {
                        g[a] += r * v[a];
                        for (int b = 0; b < FEATURES; b++) {
                            h[a][b] += c * v[a] * v[b];
                        }
                    }
                }
            }
            double[] step = solve(h, g);
            double size = 0;
            for (int f = 0; f < FEATURES; f++) {
                w[f] -= step[f];
                size += Math.abs(step[f]);
            }
            if (size < 1e-6) {
                break;
            }
        }
        return w;
    }

    /** The re-scored probabilities of one provision. */
    static double[] apply(double[] w, double[][] x) {
        double[] out = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            double z = 0;
            for (int f = 0; f < FEATURES; f++) {
                z += w[f] * x[t][f];
            }
            out[t] = 1 / (1 + Math.exp(-z));
        }
        return out;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[pivot];
            m[pivot] = tmp;
            if (Math.abs(m[c][c]) < 1e-12) {
                return new double[n];
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = m[i][n] / m[i][i];
        }
        return out;
    }
}
