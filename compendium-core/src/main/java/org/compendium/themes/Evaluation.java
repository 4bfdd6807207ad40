package org.compendium.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted themes against a published index, micro-averaged (over links) and
 * macro-averaged (over themes present in the index or predicted), with recall@5 (the share of published links among
 * each provision's five best-ranked themes).
 *
 * @param micro    micro-averaged figures
 * @param macro    macro-averaged figures
 * @param recallAt5 recall of the five best-ranked themes
 * @param perTheme counts and figures per theme, in vocabulary order
 * @param provisions how many provisions were predicted
 */
public record Evaluation(Figures micro, Figures macro, double recallAt5, Map<String, ThemeCounts> perTheme,
                         int provisions) {
    public Evaluation {
        perTheme = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perTheme));
    }

    /** Precision, recall and F1. */
    public record Figures(double precision, double recall, double f1) {
        static Figures of(double precision, double recall) {
            return new Figures(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
    }

    /** One theme's true positives, false positives and false negatives. */
    public record ThemeCounts(int tp, int fp, int fn) {
        public Figures figures() {
            return Figures.of(tp + fp == 0 ? 0 : tp / (double) (tp + fp), tp + fn == 0 ? 0 : tp / (double) (tp + fn));
        }
    }

    /** Scores the rankings of {@code examples} (same order) with {@code selection}. */
    public static Evaluation of(List<String> themes, List<ThemeClassifier.Example> examples,
                                List<List<ThemeClassifier.Score>> rankings, Selection selection) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        themes.forEach(t -> counts.put(t, new int[3]));
        int hitsAt5 = 0;
        int gold = 0;
        for (int i = 0; i < examples.size(); i++) {
            Set<String> truth = examples.get(i).themes();
            List<String> predicted = selection.select(rankings.get(i)).stream().map(ThemeClassifier.Score::themeId).toList();
            for (String p : predicted) {
                counts.get(p)[truth.contains(p) ? 0 : 1]++;
            }
            for (String t : truth) {
                if (!predicted.contains(t)) {
                    counts.get(t)[2]++;
                }
            }
            gold += truth.size();
            hitsAt5 += (int) rankings.get(i).stream().limit(5).filter(s -> truth.contains(s.themeId())).count();
        }
        Map<String, ThemeCounts> perTheme = new LinkedHashMap<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Figures> macro = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            ThemeCounts tc = new ThemeCounts(c[0], c[1], c[2]);
            perTheme.put(e.getKey(), tc);
            tp += c[0];
            fp += c[1];
            fn += c[2];
            if (c[0] + c[1] + c[2] > 0) {
                macro.add(tc.figures());
            }
        }
        Figures micro = new ThemeCounts(tp, fp, fn).figures();
        double mp = macro.stream().mapToDouble(Figures::precision).average().orElse(0);
        double mr = macro.stream().mapToDouble(Figures::recall).average().orElse(0);
        double mf = macro.stream().mapToDouble(Figures::f1).average().orElse(0);
        return new Evaluation(micro, new Figures(mp, mr, mf), gold == 0 ? 0 : hitsAt5 / (double) gold, perTheme,
                examples.size());
    }
}
