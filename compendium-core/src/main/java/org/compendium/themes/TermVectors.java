package org.compendium.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The TF-IDF vector space of a training set: features are French stems, stem bigrams and, optionally, character
 * n-grams of stems (which catch compounds and spelling variants the stemmer misses); vectors are sublinear-TF times
 * IDF, L2-normalised, so a dot product is a cosine.
 */
final class TermVectors {
    /** A feature in more than one training text in this many is common (see {@link #distinctive}). */
    static final int COMMON = 10;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final double[] idf;
    private final int[] df;
    private final int texts;
    private final boolean charGrams;

    /**
     * Builds the vocabulary and IDF from the training texts' stems ({@link FrenchTerms#stems}); features seen in one
     * text only are kept (small data).
     */
    TermVectors(List<List<String>> texts, boolean charGrams) {
        this.charGrams = charGrams;
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> text : texts) {
            for (String f : new HashSet<>(features(text))) {
                df.merge(f, 1, Integer::sum);
            }
        }
        idf = new double[df.size()];
        this.df = new int[df.size()];
        this.texts = texts.size();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            this.df[names.size()] = e.getValue();
            ids.put(e.getKey(), names.size());
            idf[names.size()] = Math.log((1.0 + texts.size()) / (1.0 + e.getValue())) + 1.0;
            names.add(e.getKey());
        }
    }

    int size() {
        return names.size();
    }

    /** Whether at most one training text in {@value #COMMON} has the feature: a word worth showing as a reason. */
    boolean distinctive(int id) {
        return df[id] * COMMON <= texts;
    }

    /** The feature's readable name: a stem, {@code stem_stem} for a bigram, {@code #gram} for a character n-gram. */
    String name(int id) {
        return names.get(id);
    }

    /** The vector of a text's stems; features outside the training vocabulary are ignored. */
    SparseVector vector(List<String> stems) {
        Map<Integer, Integer> tf = new TreeMap<>();
        for (String f : features(stems)) {
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

    private List<String> features(List<String> stems) {
        List<String> out = new ArrayList<>(stems);
        for (int i = 1; i < stems.size(); i++) {
            out.add(stems.get(i - 1) + "_" + stems.get(i));
        }
        if (charGrams) {
            Set<String> grams = new HashSet<>();
            for (String s : stems) {
                String padded = "<" + s + ">";
                for (int i = 0; i + 4 <= padded.length(); i++) {
                    grams.add("#" + padded.substring(i, i + 4));
                }
            }
            out.addAll(grams);
        }
        return out;
    }
}
