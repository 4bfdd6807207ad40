package org.compendium.themes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.compendium.model.Theme;

/**
 * The kernel and targets of theme classification over one fixed set of documents: the examples (indexed provisions,
 * in compendium order, each with its group and kind) followed by one <em>label document</em> per theme (its label,
 * the theme as its only target). The kernel between two documents is
 * {@code (1 - c) cos(words) + c cos(char n-grams)}, optionally smoothed over each example's neighbours (the provisions
 * before and after it in its document and meeting, indexed or not: the ones the suggester reads; {@link KernelStems}),
 * times {@code 1 + group} for two provisions of the same meeting (a meeting's own examples weigh more once an editor
 * decided some of them), plus {@code kind} for two provisions of the same kind. The vector spaces and the
 * label-match IDF are fitted on the {@code training} documents only.
 *
 * <p>Kernel ridge regression with this kernel is the posterior mean of a Gaussian process, so a group of training
 * examples can be held out without refitting: with {@code C = (K + Λ)⁻¹} and residual targets {@code r},
 * the prediction for held-out rows {@code h} is {@code r_h - (C_hh)⁻¹ (C r)_h}. That makes nested
 * leave-one-meeting-out selection cost one inverse per setting and training set.
 */
final class ThemeKernel {
    /**
     * The fixed design of the kernel (a variant, compared in the README), as opposed to the hyperparameters chosen by
     * nested selection ({@link Fit}).
     *
     * @param bigrams     whether stem bigrams join the stems
     * @param charGram    the character n-gram length (0: none)
     * @param charWeight  the share of the kernel given to character n-grams
     * @param kind        the kernel added for two provisions of the same kind (recommendation, preambular, operative)
     * @param neighbours  the weight of the previous and next provision of its document and meeting in a provision's
     *                    features ({@link TrainingSet#neighbours})
     * @param parent      the target a sub-theme's example gives its parent theme (0: none)
     * @param labelDocuments whether the theme labels are training documents
     * @param centred     whether targets are centred on each theme's frequency
     */
    record Design(boolean bigrams, int charGram, double charWeight, double kind, double neighbours, double parent,
                  boolean labelDocuments, boolean centred) {
    }

    /**
     * The hyperparameters a training set's inner folds choose.
     *
     * @param lambda      the ridge (noise) of an example
     * @param labelWeight the weight of a label document relative to an example (its noise is {@code lambda / w})
     * @param group       how much more two provisions of one meeting are alike than their texts say
     */
    record Fit(double lambda, double labelWeight, double group) {
    }

    private final Design design;
    private final int examples;
    private final int themes;
    private final double[][] textKernel;
    private final int[] groups;
    private final int[] kinds;
    private final double kindWeight;
    private final double[][] targets;
    private final double[][] labelMatch;
    private final LabelTerms labels;
    private final TfIdfSpace wordSpace;
    private final TfIdfSpace charSpace;
    private final List<SparseVector> wordVectors;
    private final List<SparseVector> charVectors;
    private final double charShare;
    /**
     * Each document's neighbours, as indices into the vectors: an example's neighbours ({@link KernelStems}), those no
     * example repeats after the label documents; none for a label document.
     */
    private final List<int[]> near;

    /**
     * @param stems       the stems of every example, then of every theme's label (theme order), and the examples'
     *                    neighbours'
     * @param groups      each example's group id (0, 1, …)
     * @param kinds       each example's kind id
     * @param exampleThemes each example's themes, as indices into {@code vocabulary}
     * @param training    the examples whose texts fit the vector spaces and IDF (label documents always do)
     */
    ThemeKernel(Design design, List<Theme> vocabulary, KernelStems stems, int[] groups, int[] kinds,
                List<Set<Integer>> exampleThemes, boolean[] training) {
        this(design, vocabulary, ThemeWords.labelsOf(vocabulary), stems, groups, kinds, exampleThemes, training);
    }

    /**
     * @param wording the themes' labels and keywords the label match reads (the label documents' stems, at the end of
     *              {@code stems}, are the caller's: see {@link ThemeWords#document})
     */
    ThemeKernel(Design design, List<Theme> vocabulary, ThemeWords wording, KernelStems stems, int[] groups,
                int[] kinds, List<Set<Integer>> exampleThemes, boolean[] training) {
        this.examples = groups.length;
        this.themes = vocabulary.size();
        this.groups = groups.clone();
        this.kinds = kinds.clone();
        this.kindWeight = design.kind();
        int n = examples + themes;
        if (stems.documents().size() != n || stems.neighbours().size() != examples) {
            throw new IllegalArgumentException("stems of " + stems.documents().size() + " documents and neighbours of "
                    + stems.neighbours().size() + " examples for " + examples + " examples and " + themes + " themes");
        }
        List<List<String>> all = new ArrayList<>(stems.documents());
        this.near = neighbourRows(design.neighbours() > 0 ? stems.neighbours() : List.of(), all);
        List<List<String>> words = new ArrayList<>();
        List<List<String>> chars = new ArrayList<>();
        for (List<String> s : all) {
            words.add(TfIdfSpace.features(s, design.bigrams(), 0));
            chars.add(design.charGram() > 0 ? TfIdfSpace.features(s, false, design.charGram()) : List.of());
        }
        List<List<String>> fitWords = new ArrayList<>();
        List<List<String>> fitChars = new ArrayList<>();
        List<Set<String>> fitStems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i >= examples || training[i]) {
                fitWords.add(words.get(i));
                fitChars.add(chars.get(i));
            }
            if (i < examples && training[i]) {
                fitStems.add(new HashSet<>(all.get(i)));
            }
        }
        this.wordSpace = new TfIdfSpace(fitWords);
        this.charSpace = new TfIdfSpace(fitChars);
        List<SparseVector> w = words.stream().map(wordSpace::vector).toList();
        List<SparseVector> c = chars.stream().map(charSpace::vector).toList();
        double cw = design.charGram() > 0 ? design.charWeight() : 0;
        this.wordVectors = w;
        this.charVectors = c;
        this.charShare = cw;
        this.design = design;
        // Over every vector, neighbours no example repeats included; the smoothed kernel keeps the documents' rows.
        int vectors = all.size();
        double[][] k = new double[vectors][vectors];
        for (int i = 0; i < vectors; i++) {
            for (int j = 0; j <= i; j++) {
                double v = (1 - cw) * w.get(i).dot(w.get(j)) + (cw > 0 ? cw * c.get(i).dot(c.get(j)) : 0);
                k[i][j] = v;
                k[j][i] = v;
            }
        }
        this.textKernel = smoothed(k, design.neighbours());
        this.targets = new double[n][themes];
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int t = 0; t < themes; t++) {
            index.put(vocabulary.get(t).id(), t);
        }
        int[] parentOf = new int[themes];
        for (int t = 0; t < themes; t++) {
            String p = vocabulary.get(t).parentId();
            parentOf[t] = p != null && index.containsKey(p) ? index.get(p) : -1;
        }
        for (int i = 0; i < n; i++) {
            Set<Integer> gold = i < examples ? exampleThemes.get(i) : Set.of(i - examples);
            for (int t : gold) {
                targets[i][t] = 1;
            }
            if (design.parent() > 0) {
                for (int t : gold) {
                    if (parentOf[t] >= 0) {
                        targets[i][parentOf[t]] = Math.max(targets[i][parentOf[t]], design.parent());
                    }
                }
            }
        }
        this.labels = wording.labelTerms(fitStems);
        this.labelMatch = new double[examples][];
        for (int i = 0; i < examples; i++) {
            labelMatch[i] = labels.scores(new HashSet<>(all.get(i)));
        }
    }

    /**
     * Each document's neighbours as indices into {@code all} (the documents' stems, to which a neighbour no example
     * repeats is appended): a neighbour with an example's stems is that example's vector, the same either way. No
     * rows ({@code neighbours} empty): no document has neighbours.
     */
    private List<int[]> neighbourRows(List<List<List<String>>> neighbours, List<List<String>> all) {
        Map<List<String>, Integer> position = new java.util.HashMap<>();
        for (int i = examples - 1; i >= 0; i--) {
            position.put(all.get(i), i);
        }
        List<int[]> rows = new ArrayList<>();
        for (int i = 0; i < examples + themes; i++) {
            List<List<String>> next = i < neighbours.size() ? neighbours.get(i) : List.of();
            rows.add(next.stream().mapToInt(s -> position.computeIfAbsent(s, x -> {
                all.add(x);
                return all.size() - 1;
            })).toArray());
        }
        return rows;
    }

    /**
     * {@code S K Sᵀ} on the documents' rows and columns, S adding {@code eta} times each document's neighbours
     * ({@code k} is over every vector, neighbours no example repeats included).
     */
    private double[][] smoothed(double[][] k, double eta) {
        int n = near.size();
        int vectors = k.length;
        List<int[]> rows = near;
        double[][] ks = new double[n][vectors];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < vectors; j++) {
                double v = k[i][j];
                for (int a : rows.get(i)) {
                    v += eta * k[a][j];
                }
                ks[i][j] = v;
            }
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = ks[i][j];
                for (int b : rows.get(j)) {
                    v += eta * ks[i][b];
                }
                out[i][j] = v;
            }
        }
        return out;
    }

    int examples() {
        return examples;
    }

    /** Its design. */
    Design design() {
        return design;
    }

    int themes() {
        return themes;
    }

    /** The label-match score of example {@code i} for every theme ({@link LabelTerms}). */
    double[] labelMatch(int i) {
        return labelMatch[i];
    }

    /** The label-match score of any text's stems for every theme. */
    double[] labelMatch(Set<String> stems) {
        return labels.scores(stems);
    }

    /** The label matching the reasons of theme {@code t} show (see {@link LabelTerms#said}). */
    LabelTerms labels() {
        return labels;
    }

    /** The stem and bigram space (for reasons). */
    TfIdfSpace wordSpace() {
        return wordSpace;
    }

    /** The stem and bigram vector of document {@code i}. */
    SparseVector words(int i) {
        return wordVectors.get(i);
    }

    /** The word share of the kernel, {@code 1 - c}. */
    double wordShare() {
        return 1 - charShare;
    }

    /**
     * The text kernel between a new text and every document, its own words alone (no neighbour on either side): what
     * the text itself resembles, for reasons.
     */
    double[] plainRow(List<String> stems) {
        return java.util.Arrays.copyOf(vectorRow(stems), near.size());
    }

    /** The text kernel between a new text and every vector (documents, then the neighbours no example repeats). */
    private double[] vectorRow(List<String> stems) {
        SparseVector w = wordSpace.vector(TfIdfSpace.features(stems, design.bigrams(), 0));
        SparseVector c = design.charGram() > 0 ? charSpace.vector(TfIdfSpace.features(stems, false, design.charGram()))
                : null;
        double[] row = new double[wordVectors.size()];
        for (int d = 0; d < row.length; d++) {
            row[d] = (1 - charShare) * w.dot(wordVectors.get(d)) + (c != null ? charShare * c.dot(charVectors.get(d)) : 0);
        }
        return row;
    }

    /** The kernel between a new text (of no training meeting) and every document, without neighbours. */
    double[] textRow(List<String> stems) {
        return textRow(stems, List.of());
    }

    /**
     * The kernel between a new text and every document, the text standing between {@code neighbours} (the stems of
     * the provisions before and after it in its document, at most two; none for a lone text): with a design that
     * smooths over neighbours, the same {@code S K Sᵀ} as between two examples, the new text's neighbours on its
     * side and each example's own on the other.
     */
    double[] textRow(List<String> stems, List<List<String>> neighbours) {
        double[] row = vectorRow(stems);
        double eta = design.neighbours();
        if (eta == 0) {
            return java.util.Arrays.copyOf(row, near.size());
        }
        for (List<String> n : neighbours) {
            double[] other = vectorRow(n);
            for (int d = 0; d < row.length; d++) {
                row[d] += eta * other[d];
            }
        }
        double[] out = java.util.Arrays.copyOf(row, near.size());
        for (int d = 0; d < out.length; d++) {
            for (int b : near.get(d)) {
                out[d] += eta * row[b];
            }
        }
        return out;
    }

    /** The full kernel between documents {@code i} and {@code j} (label documents are {@code examples + t}). */
    double kernel(int i, int j, double group) {
        double v = textKernel[i][j];
        if (i < examples && j < examples) {
            if (groups[i] == groups[j]) {
                v *= 1 + group;
            }
            if (kinds[i] == kinds[j]) {
                v += kindWeight;
            }
        }
        return v;
    }

    /** Each theme's mean target over the {@code training} examples (the prior a centred fit shrinks towards). */
    double[] means(boolean[] training, boolean centred) {
        double[] m = new double[themes];
        if (!centred) {
            return m;
        }
        int count = 0;
        for (int i = 0; i < examples; i++) {
            if (training[i]) {
                count++;
                for (int t = 0; t < themes; t++) {
                    m[t] += targets[i][t];
                }
            }
        }
        for (int t = 0; t < themes; t++) {
            m[t] /= Math.max(1, count);
        }
        return m;
    }

    /**
     * A fit of kernel ridge regression on documents {@code docs} (example or label-document indices; label documents
     * weighted by {@code fit.labelWeight()}), with each theme's prior {@code means}.
     */
    Solution solve(int[] docs, Fit fit, double[] means) {
        int n = docs.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = kernel(docs[i], docs[j], fit.group());
            }
            a[i][i] += docs[i] < examples ? fit.lambda() : fit.lambda() / fit.labelWeight();
        }
        double[][] c = Matrices.inverseSpd(a);
        double[][] r = new double[n][themes];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < themes; t++) {
                r[i][t] = targets[docs[i]][t] - means[t];
            }
        }
        return new Solution(docs, fit, means, c, r, Matrices.multiply(c, r));
    }

    /**
     * One fitted regression.
     *
     * @param docs  the documents it was fitted on
     * @param c     the inverse of the regularised kernel on them
     * @param r     their residual targets (target minus prior)
     * @param alpha the dual coefficients {@code C r}
     */
    final class Solution {
        private final int[] docs;
        private final Fit fit;
        private final double[] means;
        private final double[][] c;
        private final double[][] r;
        private final double[][] alpha;

        private Solution(int[] docs, Fit fit, double[] means, double[][] c, double[][] r, double[][] alpha) {
            this.docs = docs;
            this.fit = fit;
            this.means = means;
            this.c = c;
            this.r = r;
            this.alpha = alpha;
        }

        /** The predicted scores of a new text whose text kernel with every document is {@code row}. */
        double[] predict(double[] row) {
            double[] out = means.clone();
            for (int d = 0; d < docs.length; d++) {
                double k = row[docs[d]];
                if (k != 0) {
                    double[] a = alpha[d];
                    for (int t = 0; t < themes; t++) {
                        out[t] += k * a[t];
                    }
                }
            }
            return out;
        }

        /** The documents fitted on. */
        int[] docs() {
            return docs;
        }

        /** The dual coefficient of fitted document at {@code position} for theme {@code t}. */
        double alpha(int position, int t) {
            return alpha[position][t];
        }

        /**
         * The predictions for the fitted rows at {@code positions} (indices into the fitted documents) by the fit
         * on all the other documents: {@code r_h - (C_hh)⁻¹ (C r)_h} plus the prior.
         */
        double[][] heldOut(int[] positions) {
            double[][] inv = Matrices.inverseSpd(Matrices.block(c, positions));
            int h = positions.length;
            double[][] out = new double[h][themes];
            for (int i = 0; i < h; i++) {
                for (int t = 0; t < themes; t++) {
                    double s = 0;
                    for (int j = 0; j < h; j++) {
                        s += inv[i][j] * alpha[positions[j]][t];
                    }
                    out[i][t] = r[positions[i]][t] - s + means[t];
                }
            }
            return out;
        }
    }

    /** Theme indices of each example's themes. */
    static List<Set<Integer>> themeIndices(List<Theme> vocabulary, List<ThemeClassifier.Example> examples) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int t = 0; t < vocabulary.size(); t++) {
            index.put(vocabulary.get(t).id(), t);
        }
        return examples.stream().map(e -> e.themes().stream().filter(index::containsKey).map(index::get)
                .collect(Collectors.toSet())).toList();
    }
}
