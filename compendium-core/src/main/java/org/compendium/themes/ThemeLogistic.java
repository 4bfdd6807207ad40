package org.compendium.themes;

import java.util.Arrays;

/**
 * One-vs-rest L2 logistic regression of every theme on the documents of a {@link ThemeKernel}, in the kernel's own
 * feature space: a pivoted incomplete Cholesky factor of the kernel over the training documents (at most
 * {@code rank} pivots, Nyström features for every other document) gives each document a feature row {@code φ} with
 * {@code φ_i · φ_j ≈ K_ij}. The themes' regressions are fitted together by Böhning's bound (the logistic loss's
 * curvature is at most 1/4, so one fixed matrix {@code (¼ XᵀWX + Λ)⁻¹} serves as the Newton step of every theme at
 * every iteration: monotone, no line search), warm-started from an earlier fit, so that the many refits of nested
 * selection (one per held-out meeting and revealed prefix) each cost a few matrix products.
 */
final class ThemeLogistic {
    /** The largest change of a coefficient at which the fit stops. */
    private static final double TOLERANCE = Double.parseDouble(System.getProperty("themes.logisticTolerance", "1e-3"));
    private static final int MAX_ITERATIONS = Integer.getInteger("themes.logisticIterations", 100);
    static final java.util.concurrent.atomic.AtomicLong ITERATIONS = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong FITS = new java.util.concurrent.atomic.AtomicLong();
    /** The multiples of Böhning's step tried per theme (the bound is loose for rare themes, whose p(1 − p) ≪ 1/4). */
    private static final double[] MULTIPLIERS = {1, 2, 4, 8, 16, 32};
    private final double[][] features;
    private final int rank;

    private ThemeLogistic(double[][] features, int rank) {
        this.features = features;
        this.rank = rank;
    }

    /** Features for every document of {@code kernel}, pivots drawn from {@code pool} (training documents only). */
    static ThemeLogistic of(ThemeKernel kernel, int[] pool, int maxRank) {
        int n = kernel.examples() + kernel.themes();
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = kernel.kernel(i, i, 0);
        }
        double[][] g = new double[n][maxRank];
        boolean[] chosen = new boolean[n];
        int r = 0;
        for (; r < maxRank; r++) {
            int pivot = -1;
            for (int p : pool) {
                if (!chosen[p] && (pivot < 0 || residual[p] > residual[pivot])) {
                    pivot = p;
                }
            }
            if (pivot < 0 || residual[pivot] < 1e-6) {
                break;
            }
            chosen[pivot] = true;
            double root = Math.sqrt(residual[pivot]);
            for (int i = 0; i < n; i++) {
                double v = kernel.kernel(i, pivot, 0);
                for (int l = 0; l < r; l++) {
                    v -= g[i][l] * g[pivot][l];
                }
                g[i][r] = i == pivot ? root : v / root;
                residual[i] = Math.max(0, residual[i] - g[i][r] * g[i][r]);
            }
        }
        return new ThemeLogistic(g, r);
    }

    /**
     * The coefficients of one fit: {@code beta[d][t]} for feature d of theme t, the last row the intercepts.
     */
    record Model(double[][] beta) {
    }

    /**
     * Fits every theme on documents {@code docs} (weights {@code weights}, targets {@code y[doc][t]} in [0, 1]) with
     * ridge {@code lambda} on the feature coefficients, starting from {@code warm} (null: from the themes' log odds).
     */
    Model fit(int[] docs, double[] weights, java.util.function.IntFunction<double[]> y, int themes, double lambda,
              Model warm) {
        int d = rank + 1;
        double[][] h = new double[d][d];
        for (int a = 0; a < docs.length; a++) {
            double[] x = row(docs[a]);
            double w = 0.25 * weights[a];
            for (int p = 0; p < d; p++) {
                if (x[p] == 0) {
                    continue;
                }
                for (int q = 0; q <= p; q++) {
                    h[p][q] += w * x[p] * x[q];
                }
            }
        }
        for (int p = 0; p < d; p++) {
            for (int q = 0; q < p; q++) {
                h[q][p] = h[p][q];
            }
            h[p][p] += p < rank ? lambda : 1e-6;
        }
        double[][] step = Matrices.inverseSpd(h);
        double[][] beta = new double[d][themes];
        if (warm != null) {
            for (int p = 0; p < d; p++) {
                beta[p] = warm.beta()[p].clone();
            }
        } else {
            double total = Arrays.stream(weights).sum();
            for (int t = 0; t < themes; t++) {
                double pos = 0;
                for (int a = 0; a < docs.length; a++) {
                    pos += weights[a] * y.apply(docs[a])[t];
                }
                double prior = Math.min(1 - 1e-3, Math.max(1e-3, pos / total));
                beta[rank][t] = Math.log(prior / (1 - prior));
            }
        }
        double[][] xs = new double[docs.length][];
        for (int a = 0; a < docs.length; a++) {
            xs[a] = row(docs[a]);
        }
        double[][] z = Matrices.multiply(xs, beta);
        double[][] targets = new double[docs.length][];
        for (int a = 0; a < docs.length; a++) {
            targets[a] = y.apply(docs[a]);
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] residual = new double[docs.length][themes];
            for (int a = 0; a < docs.length; a++) {
                for (int t = 0; t < themes; t++) {
                    residual[a][t] = weights[a] * (1 / (1 + Math.exp(-z[a][t])) - targets[a][t]);
                }
            }
            double[][] grad = Matrices.multiply(transpose(xs), residual);
            for (int p = 0; p < rank; p++) {
                for (int t = 0; t < themes; t++) {
                    grad[p][t] += lambda * beta[p][t];
                }
            }
            double[][] delta = Matrices.multiply(step, grad);
            double[][] dz = Matrices.multiply(xs, delta);
            double largest = 0;
            for (int t = 0; t < themes; t++) {
                double bb = 0;
                double bd = 0;
                double dd = 0;
                for (int p = 0; p < rank; p++) {
                    bb += beta[p][t] * beta[p][t];
                    bd += beta[p][t] * delta[p][t];
                    dd += delta[p][t] * delta[p][t];
                }
                double bestM = 0;
                double bestLoss = Double.POSITIVE_INFINITY;
                for (double m : MULTIPLIERS) {
                    double loss = 0.5 * lambda * (bb - 2 * m * bd + m * m * dd);
                    for (int a = 0; a < docs.length; a++) {
                        double v = z[a][t] - m * dz[a][t];
                        double yv = targets[a][t];
                        // log(1 + e^v) - y v, computed stably
                        loss += weights[a] * ((v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v))) - yv * v);
                    }
                    if (loss < bestLoss) {
                        bestLoss = loss;
                        bestM = m;
                    }
                }
                for (int p = 0; p < d; p++) {
                    beta[p][t] -= bestM * delta[p][t];
                    largest = Math.max(largest, Math.abs(bestM * delta[p][t]));
                }
                for (int a = 0; a < docs.length; a++) {
                    z[a][t] -= bestM * dz[a][t];
                }
            }
            if (largest < TOLERANCE || iteration == MAX_ITERATIONS - 1) {
                ITERATIONS.addAndGet(iteration + 1);
                FITS.incrementAndGet();
                break;
            }
        }
        return new Model(beta);
    }

    /** The probability of each theme for document {@code i} under {@code model}. */
    double[] probabilities(int i, Model model) {
        double[] x = row(i);
        int themes = model.beta()[0].length;
        double[] z = new double[themes];
        for (int p = 0; p < x.length; p++) {
            for (int t = 0; t < themes; t++) {
                z[t] += x[p] * model.beta()[p][t];
            }
        }
        for (int t = 0; t < themes; t++) {
            z[t] = 1 / (1 + Math.exp(-z[t]));
        }
        return z;
    }

    private static double[][] transpose(double[][] a) {
        int cols = a.length == 0 ? 0 : a[0].length;
        double[][] out = new double[cols][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    /** Document {@code i}'s feature row with the constant 1 last. */
    private double[] row(int i) {
        double[] x = Arrays.copyOf(features[i], rank + 1);
        x[rank] = 1;
        return x;
    }
}
