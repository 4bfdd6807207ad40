package org.compendium.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How consistently the published index themes near-identical provisions: each indexed provision is paired with the
 * most similar indexed provision of another meeting or session (TF-IDF cosine over stems and stem bigrams), and,
 * over the pairs at or above a similarity, the themes of the one are scored against the themes of the other as if
 * they were a prediction.
 *
 * <p>This is the index's agreement with itself. COP resolutions often repeat a working group's recommendation word
 * for word, yet the index gives the copy other themes ({@code I.2} and {@code VI.2}, cosine 0.91, share one theme of
 * five). Over a few dozen pairs of few meetings this is no ceiling for a classifier, but it shows how far the index
 * is from a function of the text. For editors, the disagreeing pairs are the places where the index most likely needs
 * a decision.
 *
 * @param minSimilarity the similarity a pair needs
 * @param pairs         each provision with a near-identical provision elsewhere, most similar first
 * @param agreement     micro precision, recall and F1 of the partner's themes against the provision's own
 */
public record IndexConsistency(double minSimilarity, List<Pair> pairs, Evaluation.Figures agreement) {
    /** The similarity at which two provisions say nearly the same thing, measured on the seed compendium. */
    public static final double NEAR_IDENTICAL = 0.6;

    public IndexConsistency {
        pairs = List.copyOf(pairs);
    }

    /**
     * A provision and its most similar indexed provision of another meeting or session.
     *
     * @param provision  the provision
     * @param partner    the most similar one elsewhere
     * @param similarity their cosine, 0 to 1
     */
    public record Pair(ThemeClassifier.Example provision, ThemeClassifier.Example partner, double similarity) {
        /** Themes both have. */
        public Set<String> shared() {
            Set<String> out = new TreeSet<>(provision.themes());
            out.retainAll(partner.themes());
            return out;
        }

        /** Themes of the provision that its partner lacks. */
        public Set<String> onlyProvision() {
            Set<String> out = new TreeSet<>(provision.themes());
            out.removeAll(partner.themes());
            return out;
        }

        /** Themes of the partner that the provision lacks. */
        public Set<String> onlyPartner() {
            Set<String> out = new TreeSet<>(partner.themes());
            out.removeAll(provision.themes());
            return out;
        }

        /** Whether the two have the same themes. */
        public boolean agrees() {
            return provision.themes().equals(partner.themes());
        }
    }

    /**
     * The pairs whose themes differ, each unordered pair once: most similar first, and a mutual pair (each provision
     * the other's nearest) as it comes first in {@link #pairs()}, the other way round left out. These are the places
     * where an editor most likely needs to decide.
     */
    public List<Pair> disagreements() {
        Set<List<String>> seen = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (Pair p : pairs) {
            String a = p.provision().id();
            String b = p.partner().id();
            if (!p.agrees() && seen.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a))) {
                out.add(p);
            }
        }
        return out;
    }

    /** The pairs of {@code set} at or above {@code minSimilarity} and their agreement. */
    public static IndexConsistency of(TrainingSet set, double minSimilarity) {
        List<ThemeClassifier.Example> examples = set.examples();
        List<List<String>> features = examples.stream()
                .map(e -> TfIdfSpace.features(FrenchTerms.stems(e.text()), true, 0)).toList();
        TfIdfSpace space = new TfIdfSpace(features);
        List<SparseVector> vectors = features.stream().map(space::vector).toList();
        List<Pair> pairs = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < examples.size(); i++) {
            int best = -1;
            double bestSimilarity = 0;
            for (int j = 0; j < examples.size(); j++) {
                if (set.groups().get(j).equals(set.groups().get(i))) {
                    continue;
                }
                double s = vectors.get(i).dot(vectors.get(j));
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = j;
                }
            }
            if (best >= 0 && bestSimilarity >= minSimilarity) {
                Pair p = new Pair(examples.get(i), examples.get(best), bestSimilarity);
                pairs.add(p);
                tp += p.shared().size();
                fp += p.onlyPartner().size();
                fn += p.onlyProvision().size();
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        return new IndexConsistency(minSimilarity, pairs, new Evaluation.ThemeCounts(tp, fp, fn).figures());
    }
}
