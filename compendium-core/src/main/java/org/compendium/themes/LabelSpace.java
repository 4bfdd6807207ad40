package org.compendium.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The themes read through the few directions in which the index's themes vary together (principal label space
 * transformation, Tai and Lin 2012): a regression score row {@code s} becomes {@code m + (1 - w)(s - m) + w (s - m) P
 * Pᵀ}, {@code m} the themes' frequencies and {@code P} the {@code rank} leading eigenvectors of the covariance of
 * the fitted examples' theme vectors. An experiment of the eleventh pass (E; README, section Themes).
 *
 * @param rank   the directions kept (0: none, the scores as they are)
 * @param weight the share of the projected scores
 */
record LabelSpace(int rank, double weight) {
    /** The scores as they are. */
    static final LabelSpace NONE = new LabelSpace(0, 0);

    /** The label spaces the inner folds choose among: {@code -Dthemes.labelSpace=RANK:W,…} (default none). */
    static List<LabelSpace> grid() {
        String p = System.getProperty("themes.labelSpace");
        if (p == null) {
            return List.of(NONE);
        }
        List<LabelSpace> out = new ArrayList<>();
        for (String c : p.split(",")) {
            String[] rw = c.split(":");
            out.add(new LabelSpace(Integer.parseInt(rw[0]), Double.parseDouble(rw[1])));
        }
        return out;
    }

    /**
     * A projection fitted on the theme sets of {@code rows}.
     *
     * @param means      the themes' frequencies over the rows
     * @param projection {@code P Pᵀ}
     */
    record Projection(double[] means, double[][] projection) {
    }

    /** The projection on the {@code rank} leading directions of the theme sets {@code gold} at {@code rows}. */
    static Projection fit(List<Set<Integer>> gold, int[] rows, int themes, int rank) {
        double[] m = new double[themes];
        for (int i : rows) {
            for (int t : gold.get(i)) {
                m[t] += 1.0 / rows.length;
            }
        }
        double[][] cov = new double[themes][themes];
        for (int i : rows) {
            double[] y = new double[themes];
            for (int t = 0; t < themes; t++) {
                y[t] = (gold.get(i).contains(t) ? 1 : 0) - m[t];
            }
            for (int a = 0; a < themes; a++) {
                if (y[a] == 0) {
                    continue;
                }
                for (int b = 0; b < themes; b++) {
                    cov[a][b] += y[a] * y[b];
                }
            }
        }
        double[][] vectors = new double[themes][themes];
        double[] values = jacobi(cov, vectors);
        Integer[] order = new Integer[themes];
        for (int t = 0; t < themes; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, (x, y) -> values[x] != values[y] ? Double.compare(values[y], values[x])
                : Integer.compare(x, y));
        double[][] pp = new double[themes][themes];
        for (int r = 0; r < Math.min(rank, themes); r++) {
            int c = order[r];
            for (int a = 0; a < themes; a++) {
                for (int b = 0; b < themes; b++) {
                    pp[a][b] += vectors[a][c] * vectors[b][c];
                }
            }
        }
        return new Projection(m, pp);
    }

    /** A score row read through the projection. */
    double[] apply(double[] s, Projection p) {
        if (rank == 0 || weight == 0) {
            return s;
        }
        int n = s.length;
        double[] out = new double[n];
        for (int a = 0; a < n; a++) {
            double projected = 0;
            for (int b = 0; b < n; b++) {
                projected += (s[b] - p.means()[b]) * p.projection()[b][a];
            }
            out[a] = p.means()[a] + (1 - weight) * (s[a] - p.means()[a]) + weight * projected;
        }
        return out;
    }

    /** Cyclic Jacobi rotations: the eigenvalues of symmetric {@code a} (copied), its eigenvectors in the columns of {@code v}. */
    private static double[] jacobi(double[][] input, double[][] v) {
        int n = input.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = input[i].clone();
            java.util.Arrays.fill(v[i], 0);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 60; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-18) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-15) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - sn * akq;
                        a[k][q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - sn * aqk;
                        a[q][k] = sn * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - sn * vkq;
                        v[k][q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }
}
