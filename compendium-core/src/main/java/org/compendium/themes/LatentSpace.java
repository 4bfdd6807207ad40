package org.compendium.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * An experiment (issue 14, ninth pass): a latent semantic space (LSA) of French stems, the truncated eigenvectors
 * of the Gram matrix of TF-IDF stem vectors of units of text — the documents themselves (examples and label
 * documents, texts only) and windows of {@value #WINDOW} stems of the seed corpus's other French documents
 * ({@code -Dthemes.lsaCorpus=DIR}, every file but the compendium) — so that two texts using words that go together in
 * the domain are alike without sharing a word. No theme is read.
 */
final class LatentSpace {
    /** Stems a window of the other documents holds. */
    static final int WINDOW = 50;
    /** The kernel share of the latent space (0: none; {@code -Dthemes.lsa}). */
    static final double SHARE = Double.parseDouble(System.getProperty("themes.lsa", "0"));
    /** Its rank ({@code -Dthemes.lsaRank}). */
    static final int RANK = Integer.getInteger("themes.lsaRank", 100);
    /** Whether only the other documents and the label documents fit the space ({@code -Dthemes.lsaUnits=external}). */
    static final boolean EXTERNAL = "external".equals(System.getProperty("themes.lsaUnits"));
    private static final Map<Integer, Map<List<List<String>>, double[][]>> CACHE = new java.util.HashMap<>();

    private LatentSpace() {
    }

    /** The cosine, in the latent space, between every two of {@code stems} (the documents of a kernel). */
    static synchronized double[][] kernel(List<List<String>> stems, int examples) {
        return kernel(stems, examples, RANK);
    }

    /** The same at rank {@code rank}. */
    static synchronized double[][] kernel(List<List<String>> stems, int examples, int rank) {
        return CACHE.computeIfAbsent(rank, r -> new IdentityHashMap<>()).computeIfAbsent(stems,
                s -> compute(s, examples, rank));
    }

    private static double[][] compute(List<List<String>> stems, int examples, int rank) {
        List<List<String>> units = new ArrayList<>();
        List<Integer> docUnit = new ArrayList<>();
        for (int d = 0; d < stems.size(); d++) {
            if (!EXTERNAL || d >= examples) {
                docUnit.add(units.size());
                units.add(stems.get(d));
            } else {
                docUnit.add(-1);
            }
        }
        Path dir = Path.of(System.getProperty("themes.lsaCorpus", "../../shared/corpus/fr"));
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                if (f.getFileName().toString().startsWith("002_")) {
                    continue;
                }
                List<String> all = FrenchTerms.stems(Files.readString(f, StandardCharsets.UTF_8));
                for (int i = 0; i < all.size(); i += WINDOW) {
                    units.add(all.subList(i, Math.min(all.size(), i + WINDOW)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> features = units.stream().map(u -> TfIdfSpace.features(u, false, 0)).toList();
        TfIdfSpace space = new TfIdfSpace(features);
        List<SparseVector> v = features.stream().map(space::vector).toList();
        int u = units.size();
        double[][] g = new double[u][u];
        for (int i = 0; i < u; i++) {
            for (int j = 0; j <= i; j++) {
                g[i][j] = v.get(i).dot(v.get(j));
                g[j][i] = g[i][j];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(g, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[u];
        for (int i = 0; i < u; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
                : Integer.compare(a, b));
        int r = Math.min(rank, u);
        double[][] basis = new double[r][];
        for (int c = 0; c < r; c++) {
            basis[c] = eig.getEigenvector(order[c]).toArray();
        }
        // A document outside the fitted units is folded in: its vector's projection on the latent term directions.
        int n = stems.size();
        double[][] z = new double[n][r];
        for (int d = 0; d < n; d++) {
            int unit = docUnit.get(d);
            for (int c = 0; c < r; c++) {
                double lambda = Math.max(values[order[c]], 1e-12);
                if (unit >= 0) {
                    z[d][c] = basis[c][unit] * Math.sqrt(lambda);
                } else {
                    SparseVector x = space.vector(TfIdfSpace.features(stems.get(d), false, 0));
                    double s = 0;
                    for (int j = 0; j < u; j++) {
                        s += basis[c][j] * x.dot(v.get(j));
                    }
                    z[d][c] = s / Math.sqrt(lambda);
                }
            }
        }
        double[][] k = new double[n][n];
        double[] norm = new double[n];
        for (int d = 0; d < n; d++) {
            for (int c = 0; c < r; c++) {
                norm[d] += z[d][c] * z[d][c];
            }
            norm[d] = Math.sqrt(norm[d]);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int c = 0; c < r; c++) {
                    s += z[i][c] * z[j][c];
                }
                double cos = norm[i] > 0 && norm[j] > 0 ? s / (norm[i] * norm[j]) : 0;
                k[i][j] = cos;
                k[j][i] = cos;
            }
        }
        return k;
    }
}
