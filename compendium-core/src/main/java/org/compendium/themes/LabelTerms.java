package org.compendium.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Language;

/**
 * The zero-shot component of theme classification: how much of a theme's label a text says, as the IDF-weighted share
 * of the label's stems (qualifier in parentheses included: {@code Enfants (non accompagnés/ séparés)}) found in the
 * text's stems. It needs no training example, so it can suggest a theme no other meeting was indexed with.
 *
 * <p>A label stem matches a text stem when they are equal or when the shorter, of at least {@value #PREFIX} letters,
 * begins the longer ({@code rapid} in {@code rapidit}), since the light stemmer leaves some derivations apart. IDF is
 * computed over the training texts, so a label word every provision says ({@code trafic}, {@code migrant}) weighs
 * little and a rare one ({@code corruption}) decides.
 *
 * <p>A theme's keywords (editors' synonyms and phrases, {@link org.compendium.model.ThemeKeyword}) are further
 * wordings of it: its score is the best share over its label and each keyword, so {@code voies légales de migration}
 * says {@code Possibilités de migration} in full although it shares one stem with the label.
 */
final class LabelTerms {
    /** The shortest stem that matches by prefix. */
    static final int PREFIX = 5;

    /** Label stems that say no topic: the qualifier of {@code Enfants (général)}, the {@code (e)} of {@code Attaché(e)s}. */
    private static final Set<String> EMPTY = Set.of("general", "e");

    /** Per theme, its wordings' stems: the label's first, then each keyword's. */
    private final List<List<List<String>>> wordings = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    /** Label stems more than one training text in {@link TfIdfSpace#COMMON} says. */
    private final Set<String> common = new HashSet<>();

    /** The label terms of each of {@code labels} (in theme order), weighted by IDF over the training texts' stems. */
    LabelTerms(List<String> labels, List<Set<String>> texts) {
        this(labels, labels.stream().map(l -> List.<String>of()).toList(), texts, Language.FRENCH);
    }

    /**
     * The label terms of each of {@code labels} and the keywords of each theme ({@code keywords.get(t)}, same order),
     * all written in {@code language} (and tokenised so, {@link ThemeTerms}), weighted by IDF over the training
     * texts' stems.
     */
    LabelTerms(List<String> labels, List<List<String>> keywords, List<Set<String>> texts, Language language) {
        if (keywords.size() != labels.size()) {
            throw new IllegalArgumentException(labels.size() + " labels but keywords for " + keywords.size() + " themes");
        }
        Set<String> vocabulary = new HashSet<>();
        for (int t = 0; t < labels.size(); t++) {
            List<List<String>> own = new ArrayList<>();
            for (String wording : concat(labels.get(t), keywords.get(t))) {
                List<String> stems = new ArrayList<>(new LinkedHashSet<>(ThemeTerms.stems(wording, language)));
                stems.removeAll(EMPTY);
                if (!stems.isEmpty() || own.isEmpty()) {
                    own.add(List.copyOf(stems));
                    vocabulary.addAll(stems);
                }
            }
            wordings.add(List.copyOf(own));
        }
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> stems : texts) {
            for (String v : vocabulary) {
                if (says(stems, v)) {
                    df.merge(v, 1, Integer::sum);
                }
            }
        }
        for (String v : vocabulary) {
            idf.put(v, Math.log((1.0 + texts.size()) / (1.0 + df.getOrDefault(v, 0))) + 1.0);
            if (df.getOrDefault(v, 0) * TfIdfSpace.COMMON > texts.size()) {
                common.add(v);
            }
        }
    }

    private static List<String> concat(String label, List<String> keywords) {
        List<String> out = new ArrayList<>();
        out.add(label);
        out.addAll(keywords);
        return out;
    }

    /**
     * Each theme's score for a text's stems, from 0 (no word of its label or keywords) to 1 (every word of its label
     * or of one keyword): the best share over its wordings.
     */
    double[] scores(Set<String> stems) {
        double[] out = new double[wordings.size()];
        for (int t = 0; t < out.length; t++) {
            for (List<String> wording : wordings.get(t)) {
                out[t] = Math.max(out[t], share(wording, stems));
            }
        }
        return out;
    }

    private double share(List<String> wording, Set<String> stems) {
        double said = 0;
        double all = 0;
        for (String s : wording) {
            double w = idf.get(s);
            all += w;
            if (says(stems, s)) {
                said += w;
            }
        }
        return all > 0 ? said / all : 0;
    }

    /**
     * The text's stems that say theme {@code t}'s label or keyword stems, for those stems rarest first, leaving out those
     * most provisions say ({@code trafic}, {@code personnes}): for reasons.
     */
    List<String> said(int t, Set<String> stems) {
        return wordings.get(t).stream().flatMap(List::stream).distinct().filter(s -> says(stems, s))
                .filter(s -> !common.contains(s))
                .sorted(java.util.Comparator.comparingDouble((String s) -> -idf.get(s)))
                .map(s -> matching(stems, s)).distinct().toList();
    }

    private static boolean says(Set<String> stems, String labelStem) {
        return matching(stems, labelStem) != null;
    }

    /** The text stem that says {@code labelStem} (itself, or one that begins it or that it begins), or null. */
    private static String matching(Set<String> stems, String labelStem) {
        if (stems.contains(labelStem)) {
            return labelStem;
        }
        for (String s : stems) {
            String shorter = s.length() < labelStem.length() ? s : labelStem;
            String longer = shorter == s ? labelStem : s;
            if (shorter.length() >= PREFIX && longer.startsWith(shorter)) {
                return s;
            }
        }
        return null;
    }
}
