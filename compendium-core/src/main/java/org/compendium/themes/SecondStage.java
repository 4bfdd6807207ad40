package org.compendium.themes;

/**
 * A learned second stage over a provision's theme scores, like a classifier chain read all at once: each theme's score
 * plus {@code weight} times a ridge regression, on all the themes' first-stage scores (and a constant), of what the
 * first stage got wrong ({@code y − s}), fitted on held-out first-stage scores. It learns which themes go together or
 * exclude each other in the index (a high score for one sub-theme raising its sibling, say), rather than counting
 * co-occurrences.
 *
 * @param coefficients {@code B}, (themes + 1) × themes: row 0 the constant, row 1 + u theme u's score
 * @param weight       how much of the learned correction is added
 */
record SecondStage(double[][] coefficients, double weight) {
    /** Fits on held-out first-stage {@code scores[i][t]} and the truth, with {@code ridge} on every coefficient. */
    static SecondStage fit(double[][] scores, boolean[][] truth, double ridge, double weight) {
        double[][] g = gram(scores, ridge);
        double[][] xr = crossResidual(scores, truth);
        return new SecondStage(Matrices.multiply(g, xr), weight);
    }

    /** A score row after the second stage. */
    double[] apply(double[] s) {
        double[] out = s.clone();
        for (int t = 0; t < s.length; t++) {
            double v = coefficients[0][t];
            for (int u = 0; u < s.length; u++) {
                v += s[u] * coefficients[1 + u][t];
            }
            out[t] += weight * v;
        }
        return out;
    }

    /**
     * Each row's correction by the second stage fitted without its group's rows (leave-one-group-out in closed form:
     * with the hat matrix {@code P}, the held-out residual of group {@code g} is {@code (I − P_gg)⁻¹ e_g}), so the
     * weight can be chosen on rows the stage did not see.
     */
    static double[][] heldOut(double[][] scores, boolean[][] truth, int[] groups, double ridge) {
        int m = scores.length;
        int themes = scores[0].length;
        double[][] g = gram(scores, ridge);
        double[][] b = Matrices.multiply(g, crossResidual(scores, truth));
        double[][] out = new double[m][themes];
        int start = 0;
        while (start < m) {
            int end = start;
            while (end < m && groups[end] == groups[start]) {
                end++;
            }
            int h = end - start;
            double[][] a = new double[h][h];
            for (int i = 0; i < h; i++) {
                double[] xi = row(scores[start + i]);
                double[] gx = new double[xi.length];
                for (int p = 0; p < xi.length; p++) {
                    for (int q = 0; q < xi.length; q++) {
                        gx[p] += g[p][q] * xi[q];
                    }
                }
                for (int j = 0; j < h; j++) {
                    double[] xj = row(scores[start + j]);
                    double v = 0;
                    for (int p = 0; p < xj.length; p++) {
                        v += gx[p] * xj[p];
                    }
                    a[i][j] = (i == j ? 1 : 0) - v;
                }
            }
            double[][] inv = Matrices.inverseSpd(a);
            double[][] e = new double[h][themes];
            for (int i = 0; i < h; i++) {
                double[] x = row(scores[start + i]);
                for (int t = 0; t < themes; t++) {
                    double fitted = 0;
                    for (int p = 0; p < x.length; p++) {
                        fitted += x[p] * b[p][t];
                    }
                    e[i][t] = residual(scores[start + i][t], truth[start + i][t]) - fitted;
                }
            }
            for (int i = 0; i < h; i++) {
                for (int t = 0; t < themes; t++) {
                    double v = 0;
                    for (int j = 0; j < h; j++) {
                        v += inv[i][j] * e[j][t];
                    }
                    out[start + i][t] = residual(scores[start + i][t], truth[start + i][t]) - v;
                }
            }
            start = end;
        }
        return out;
    }

    /** {@code scores + weight · corrections}. */
    static double[][] add(double[][] scores, double[][] corrections, double weight) {
        double[][] out = new double[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i].clone();
            for (int t = 0; t < out[i].length; t++) {
                out[i][t] += weight * corrections[i][t];
            }
        }
        return out;
    }

    private static double residual(double score, boolean truth) {
        return (truth ? 1 : 0) - score;
    }

    private static double[] row(double[] s) {
        double[] x = new double[s.length + 1];
        x[0] = 1;
        System.arraycopy(s, 0, x, 1, s.length);
        return x;
    }

    /** {@code (XᵀX + ridge I)⁻¹}. */
    private static double[][] gram(double[][] scores, double ridge) {
        int d = scores[0].length + 1;
        double[][] a = new double[d][d];
        for (double[] s : scores) {
            double[] x = row(s);
            for (int p = 0; p < d; p++) {
                for (int q = 0; q <= p; q++) {
                    a[p][q] += x[p] * x[q];
                }
            }
        }
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < p; q++) {
                a[q][p] = a[p][q];
            }
            a[p][p] += ridge;
        }
        return Matrices.inverseSpd(a);
    }

    /** {@code Xᵀ (Y − S)}. */
    private static double[][] crossResidual(double[][] scores, boolean[][] truth) {
        int themes = scores[0].length;
        double[][] out = new double[themes + 1][themes];
        for (int i = 0; i < scores.length; i++) {
            double[] x = row(scores[i]);
            for (int p = 0; p < x.length; p++) {
                if (x[p] == 0) {
                    continue;
                }
                for (int t = 0; t < themes; t++) {
                    out[p][t] += x[p] * residual(scores[i][t], truth[i][t]);
                }
            }
        }
        return out;
    }
}
