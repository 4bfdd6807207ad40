package org.compendium.themes;

/**
 * The dense linear algebra kernel ridge regression needs, on small matrices (a few hundred rows): the inverse of a
 * symmetric positive definite matrix by Cholesky factorisation, products, and the solution of a small system.
 *
 * <p>Plain loops in a fixed order, so results are bit-for-bit reproducible.
 */
final class Matrices {
    private Matrices() {
    }

    /**
     * The inverse of a symmetric positive definite matrix ({@code a} is left unchanged).
     *
     * @throws IllegalArgumentException when {@code a} is not positive definite (a pivot at or below zero)
     */
    static double[][] inverseSpd(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] lj = l[j];
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= lj[k] * lj[k];
            }
            if (d <= 0) {
                throw new IllegalArgumentException("matrix not positive definite at row " + j);
            }
            double djj = Math.sqrt(d);
            lj[j] = djj;
            for (int i = j + 1; i < n; i++) {
                double[] li = l[i];
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= li[k] * lj[k];
                }
                li[j] = s / djj;
            }
        }
        // m = L^-1 (lower triangular), then inverse = m^T m.
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s += l[i][k] * m[k][j];
                }
                m[i][j] = -s / l[i][i];
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) {
                    s += m[k][i] * m[k][j];
                }
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return out;
    }

    /** {@code a × b}. */
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int inner = b.length;
        int cols = inner == 0 ? 0 : b[0].length;
        double[][] out = new double[n][cols];
        for (int i = 0; i < n; i++) {
            double[] oi = out[i];
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                double[] bk = b[k];
                for (int j = 0; j < cols; j++) {
                    oi[j] += aik * bk[j];
                }
            }
        }
        return out;
    }

    /** The square block of {@code a} on rows and columns {@code idx}. */
    static double[][] block(double[][] a, int[] idx) {
        double[][] out = new double[idx.length][idx.length];
        for (int i = 0; i < idx.length; i++) {
            for (int j = 0; j < idx.length; j++) {
                out[i][j] = a[idx[i]][idx[j]];
            }
        }
        return out;
    }
}
