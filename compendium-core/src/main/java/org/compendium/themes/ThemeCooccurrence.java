package org.compendium.themes;

import java.util.List;
import java.util.Set;

/**
 * How often the index gives two themes together: {@code given[u][t]}, the share of the training provisions with
 * theme {@code u} that also have theme {@code t} (add-one smoothed on the count of {@code u}). A provision's score for
 * a theme then gains {@code weight · Σ_u given[u][t] · max(0, s_u)}: a provision the model finds to be about
 * <em>Coopération internationale (mesures de prévention)</em> makes <em>Mesures de prévention</em> likelier, as the
 * index often gives both. The weight is chosen by the inner folds; the matrix is counted on the training examples
 * only (in the inner folds, without the held-out meeting).
 *
 * @param given the conditional shares, {@code given[u][t]}, 0 on the diagonal
 */
record ThemeCooccurrence(double[][] given) {
    /** The shares counted on the examples {@code examples} (indices into {@code gold}). */
    static ThemeCooccurrence of(List<Set<Integer>> gold, int[] examples, int themes) {
        double[] count = new double[themes];
        double[][] both = new double[themes][themes];
        for (int i : examples) {
            for (int u : gold.get(i)) {
                count[u]++;
                for (int t : gold.get(i)) {
                    if (t != u) {
                        both[u][t]++;
                    }
                }
            }
        }
        for (int u = 0; u < themes; u++) {
            for (int t = 0; t < themes; t++) {
                both[u][t] /= count[u] + 1;
            }
        }
        return new ThemeCooccurrence(both);
    }

    /** A score row plus {@code weight} times what the other themes' positive scores say of each theme. */
    double[] adjust(double[] scores, double weight) {
        if (weight == 0) {
            return scores;
        }
        double[] out = scores.clone();
        for (int u = 0; u < scores.length; u++) {
            double s = scores[u];
            if (s <= 0) {
                continue;
            }
            double[] row = given[u];
            for (int t = 0; t < out.length; t++) {
                out[t] += weight * row[t] * s;
            }
        }
        return out;
    }
}
