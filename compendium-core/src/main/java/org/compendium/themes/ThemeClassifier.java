package org.compendium.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.compendium.model.Theme;

/**
 * A multi-label theme classifier trained on indexed provisions: k nearest neighbours by TF-IDF cosine, blended with
 * one-vs-rest logistic regression trained by stochastic gradient descent (fixed seed, so runs are reproducible), and
 * with a zero-shot match of the text against each theme's label ({@link LabelTerms}).
 *
 * <p>The neighbours give themes that the linear model has too few examples to learn; the linear model gives themes
 * signalled by a few words wherever they appear; the label match gives themes with no example at all (a theme of one
 * meeting only, a theme an editor just added). {@link #rank} returns every theme with the three scores and the
 * evidence.
 */
public final class ThemeClassifier {
    private final Settings settings;
    private final List<String> themes;
    private final TermVectors space;
    private final List<Example> examples;
    private final List<SparseVector> vectors;
    private final double[][] weights;
    private final double[] bias;
    private final LabelTerms labels;

    /**
     * The classifier's parameters.
     *
     * @param neighbours    k of the k nearest neighbours
     * @param blend         the weight of the neighbour score (1 - blend for the linear model) in the learned score
     * @param labelWeight   the weight of the label match (1 - labelWeight for the learned score)
     * @param epochs        SGD passes over the training set
     * @param learningRate  the SGD step
     * @param l2            L2 regularisation of the linear model
     * @param charGrams     whether character 4-grams of stems are features
     * @param seed          the shuffling seed
     */
    public record Settings(int neighbours, double blend, double labelWeight, int epochs, double learningRate,
                           double l2, boolean charGrams, long seed) {
        /** The settings measured best by leave-one-meeting-out (see the README, section Themes). */
        public static final Settings DEFAULT = new Settings(10, 0.3, 0.3, 30, 0.5, 1e-4, true, 42L);
    }

    /**
     * One training example: an indexed provision.
     *
     * @param id     its citation
     * @param label  its label in the compendium ({@code I.22}), for reasons
     * @param text   its text (with its parent's chapeau for a sub-paragraph)
     * @param themes its themes in the index
     */
    public record Example(String id, String label, String text, Set<String> themes) {
        public Example {
            themes = Set.copyOf(themes);
        }
    }

    /**
     * One theme's score for a text.
     *
     * @param themeId    the theme
     * @param score      the blended score, from 0 to 1
     * @param neighbours the share of the nearest neighbours' similarity carried by neighbours with this theme
     * @param linear     the logistic model's probability
     * @param label      the share of the theme's label the text says (IDF-weighted, 0 to 1)
     * @param similar    the most similar indexed provisions with this theme (at most 3), most similar first
     * @param words      the label words the text says, then the features that pushed the linear model most
     *                   towards this theme
     */
    public record Score(String themeId, double score, double neighbours, double linear, double label,
                        List<SimilarProvision> similar, List<String> words) {
    }

    private ThemeClassifier(Settings settings, List<Theme> vocabulary, List<Example> examples) {
        this.settings = settings;
        this.themes = vocabulary.stream().map(Theme::id).toList();
        List<List<String>> stems = examples.stream().map(e -> FrenchTerms.stems(e.text())).toList();
        this.labels = new LabelTerms(vocabulary.stream().map(t -> t.label(IndexImport.LANGUAGE)).toList(),
                stems.stream().map(s -> (Set<String>) new HashSet<>(s)).toList());
        this.examples = List.copyOf(examples);
        this.space = new TermVectors(stems, settings.charGrams());
        this.vectors = stems.stream().map(space::vector).toList();
        this.weights = new double[themes.size()][space.size()];
        this.bias = new double[themes.size()];
    }

    /** Trains on {@code examples} for the given theme vocabulary. */
    public static ThemeClassifier train(List<Theme> themes, List<Example> examples, Settings settings) {
        ThemeClassifier c = new ThemeClassifier(settings, themes, examples);
        c.fit();
        return c;
    }

    private void fit() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            double rate = settings.learningRate() / (1 + epoch * 0.1);
            for (int i : order) {
                SparseVector x = vectors.get(i);
                Set<String> gold = examples.get(i).themes();
                for (int t = 0; t < themes.size(); t++) {
                    double[] w = weights[t];
                    double p = sigmoid(x.dot(w) + bias[t]);
                    double g = p - (gold.contains(themes.get(t)) ? 1 : 0);
                    for (int k = 0; k < x.ids().length; k++) {
                        int f = x.ids()[k];
                        w[f] -= rate * (g * x.values()[k] + settings.l2() * w[f]);
                    }
                    bias[t] -= rate * g;
                }
            }
        }
    }

    /** Every theme's score for {@code text}, best first (ties by theme order). */
    public List<Score> rank(String text) {
        FrenchTerms.Terms terms = FrenchTerms.analyse(text);
        SparseVector x = space.vector(terms.stems());
        Set<String> stems = new HashSet<>(terms.stems());
        Map<String, String> written = terms.written();
        double[] label = labels.scores(stems);
        List<Integer> nearest = nearest(x);
        double total = 0;
        for (int n : nearest) {
            total += Math.max(0, x.dot(vectors.get(n)));
        }
        List<Score> out = new ArrayList<>();
        for (int t = 0; t < themes.size(); t++) {
            String theme = themes.get(t);
            double knn = 0;
            List<SimilarProvision> similar = new ArrayList<>();
            for (int n : nearest) {
                if (examples.get(n).themes().contains(theme)) {
                    knn += Math.max(0, x.dot(vectors.get(n)));
                    similar.add(new SimilarProvision(examples.get(n).id(), examples.get(n).label()));
                }
            }
            knn = total > 0 ? knn / total : 0;
            double linear = sigmoid(x.dot(weights[t]) + bias[t]);
            double score = (1 - settings.labelWeight())
                    * (settings.blend() * knn + (1 - settings.blend()) * linear) + settings.labelWeight() * label[t];
            out.add(new Score(theme, score, knn, linear, label[t],
                    List.copyOf(similar.subList(0, Math.min(3, similar.size()))), words(x, weights[t], labels.said(t, stems), written)));
        }
        out.sort(Comparator.comparingDouble(Score::score).reversed());
        return out;
    }

    private List<Integer> nearest(SparseVector x) {
        List<Integer> all = new ArrayList<>();
        double[] sims = new double[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            sims[i] = x.dot(vectors.get(i));
            all.add(i);
        }
        all.sort(Comparator.comparingDouble((Integer i) -> -sims[i]).thenComparing(i -> i));
        return all.subList(0, Math.min(settings.neighbours(), all.size()));
    }

    /**
     * The words that say the theme's label, then those of the unigram and bigram features contributing most to its
     * linear score: three in all, as the text writes them. Words most provisions say ({@code ainsi},
     * {@code parties devraient}) are left out: they may weigh, but they explain nothing to a reader.
     */
    private List<String> words(SparseVector x, double[] w, List<String> said, Map<String, String> written) {
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < x.ids().length; k++) {
            if (w[x.ids()[k]] > 0 && !space.name(x.ids()[k]).startsWith("#") && space.distinctive(x.ids()[k])) {
                idx.add(k);
            }
        }
        idx.sort(Comparator.comparingDouble((Integer k) -> -x.values()[k] * w[x.ids()[k]]).thenComparing(k -> k));
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        said.forEach(stem -> {
            if (used.add(stem)) {
                out.add(written.getOrDefault(stem, stem));
            }
        });
        for (int k : idx) {
            List<String> stems = List.of(space.name(x.ids()[k]).split("_"));
            if (stems.stream().anyMatch(used::contains)) {
                continue; // "lutte contre" after "lutte" says nothing new
            }
            used.addAll(stems);
            out.add(String.join(" ", stems.stream().map(stem -> written.getOrDefault(stem, stem)).toList()));
        }
        return out.stream().limit(3).toList();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
