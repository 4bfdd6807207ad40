package org.compendium.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A TF-IDF vector space over lists of features already extracted from texts (stems, stem bigrams, character
 * n-grams: {@link #features}): sublinear TF times smoothed IDF, L2-normalised, so a dot product is a cosine. The
 * vocabulary and IDF come from the training texts only; other features of a later text are ignored.
 */
final class TfIdfSpace {
    /** A feature in more than one training text in this many is common (see {@link #distinctive}). */
    static final int COMMON = 10;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final double[] idf;
    private final int[] df;
    private final int texts;

    TfIdfSpace(List<List<String>> training) {
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> features : training) {
            for (String f : new HashSet<>(features)) {
                df.merge(f, 1, Integer::sum);
            }
        }
        idf = new double[df.size()];
        this.df = new int[df.size()];
        this.texts = training.size();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            this.df[ids.size()] = e.getValue();
            idf[ids.size()] = Math.log((1.0 + training.size()) / (1.0 + e.getValue())) + 1.0;
            names.add(e.getKey());
            ids.put(e.getKey(), ids.size());
        }
    }

    /** How many features the training texts have. */
    int size() {
        return names.size();
    }

    /** The feature's name: a stem, {@code stem_stem} for a bigram, the n-gram itself for a character n-gram. */
    String name(int id) {
        return names.get(id);
    }

    /** Whether at most one training text in {@value #COMMON} has the feature: a word worth showing as a reason. */
    boolean distinctive(int id) {
        return df[id] * COMMON <= texts;
    }

    /** The normalised vector of a text's features. */
    SparseVector vector(List<String> features) {
        Map<Integer, Integer> tf = new TreeMap<>();
        for (String f : features) {
            Integer id = ids.get(f);
            if (id != null) {
                tf.merge(id, 1, Integer::sum);
            }
        }
        int[] keys = new int[tf.size()];
        double[] values = new double[tf.size()];
        double norm = 0;
        int i = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            keys[i] = e.getKey();
            values[i] = (1 + Math.log(e.getValue())) * idf[e.getKey()];
            norm += values[i] * values[i];
            i++;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < values.length && norm > 0; j++) {
            values[j] /= norm;
        }
        return new SparseVector(keys, values);
    }

    /**
     * A text's features of one kind: its stems ({@code bigrams} false, {@code charGram} 0), its stems and stem bigrams
     * ({@code echang_inform}), or the distinct character n-grams of its stems ({@code charGram} = n, stems padded
     * with {@code <} and {@code >}), which catch derivations and compounds the light stemmer leaves apart.
     */
    static List<String> features(List<String> stems, boolean bigrams, int charGram) {
        if (charGram > 0) {
            TreeSet<String> grams = new TreeSet<>();
            for (String s : stems) {
                String padded = "<" + s + ">";
                for (int i = 0; i + charGram <= padded.length(); i++) {
                    grams.add(padded.substring(i, i + charGram));
                }
            }
            return List.copyOf(grams);
        }
        List<String> out = new ArrayList<>(stems);
        if (bigrams) {
            for (int i = 1; i < stems.size(); i++) {
                out.add(stems.get(i - 1) + "_" + stems.get(i));
            }
        }
        return out;
    }
}
