package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Theme;

/**
 * Experiment switches of issue 14's fifth pass (system properties read by {@link NestedEvaluation}; all off by
 * default, so the suggester and {@code themes eval} are unchanged): the theme hierarchy at scoring time, a meeting
 * residual from the revealed provisions, per-theme thresholds. Measured in the README; to be removed with what the
 * measurements leave out.
 */
final class ThemeExperiments {
    /** Family weights the inner folds choose among ({@code themes.family}, default none). */
    static final double[] FAMILY = doubles(System.getProperty("themes.family", "0"));
    /** Which relatives: {@code all} (parent, children, siblings and label families) or {@code parent}. */
    static final String FAMILY_KIND = System.getProperty("themes.familyKind", "all");
    /** Residual weights of the revealed provisions ({@code themes.residual}, default none). */
    static final double[] RESIDUAL = doubles(System.getProperty("themes.residual", "0"));
    /** The pull of per-theme thresholds towards the global one, in inner positives ({@code themes.themeThresholds}). */
    static final double THEME_THRESHOLDS = Double.parseDouble(System.getProperty("themes.themeThresholds", "-1"));
    /** Whether a provision's number of themes is cut at its largest probability gap ({@code themes.gap}). */
    static final boolean GAP = Boolean.getBoolean("themes.gap");

    private ThemeExperiments() {
    }

    /** Each theme's relatives: parent, children, siblings, and themes of the same {@code Label (…)} family. */
    static int[][] relatives(List<Theme> vocabulary) {
        int n = vocabulary.size();
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < n; t++) {
            index.put(vocabulary.get(t).id(), t);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            out.add(new ArrayList<>());
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                Theme x = vocabulary.get(a);
                Theme y = vocabulary.get(b);
                boolean parent = y.id().equals(x.parentId()) || x.id().equals(y.parentId());
                boolean sibling = x.parentId() != null && x.parentId().equals(y.parentId())
                        || family(x) != null && family(x).equals(family(y));
                if (parent || sibling && FAMILY_KIND.equals("all")) {
                    out.get(a).add(b);
                }
            }
        }
        return out.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static String family(Theme t) {
        String label = t.label("fr");
        int open = label == null ? -1 : label.indexOf(" (");
        return open > 0 ? label.substring(0, open) : null;
    }

    /** A score row with each theme raised by {@code weight} times its best relative's (positive) score. */
    static double[] withFamily(double[] s, int[][] relatives, double weight) {
        if (weight == 0) {
            return s;
        }
        double[] out = s.clone();
        for (int t = 0; t < s.length; t++) {
            double best = 0;
            for (int r : relatives[t]) {
                best = Math.max(best, s[r]);
            }
            out[t] += weight * best;
        }
        return out;
    }

    /**
     * The rows of the meeting's scored provisions moved by {@code weight} times the revealed provisions' mean residual
     * per theme ({@code y_jt - b_jt}, their themes minus their scores before they were revealed): a theme the meeting's
     * editor gives more (or less) often than the model expects is raised (or lowered) for the rest.
     */
    static double[][] withResidual(double[][] rows, boolean[][] decided, double[][] before, double weight) {
        if (weight == 0 || decided.length == 0) {
            return rows;
        }
        int themes = rows.length == 0 ? 0 : rows[0].length;
        double[] r = new double[themes];
        for (int j = 0; j < decided.length; j++) {
            for (int t = 0; t < themes; t++) {
                r[t] += ((decided[j][t] ? 1 : 0) - before[j][t]) / decided.length;
            }
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
            for (int t = 0; t < themes; t++) {
                out[i][t] += weight * r[t];
            }
        }
        return out;
    }

    /**
     * The themes predicted from probabilities {@code p}: walking the ranking, the first always, then each whose
     * probability reaches its own threshold, until {@code max}; with {@link #GAP}, cut at the largest drop between
     * consecutive predicted probabilities.
     */
    static List<Integer> select(double[] p, Integer[] order, double[] thresholds, int max) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < order.length && out.size() < max; r++) {
            int t = order[r];
            if (r == 0 || p[t] >= thresholds[t]) {
                out.add(t);
            }
        }
        if (GAP && out.size() > 1) {
            int cut = 1;
            double gap = -1;
            for (int i = 0; i + 1 < out.size(); i++) {
                double g = p[out.get(i)] - p[out.get(i + 1)];
                if (g > gap) {
                    gap = g;
                    cut = i + 1;
                }
            }
            double last = p[out.getLast()];
            // the gap after the last predicted theme (to the next ranked one) also counts: then all are kept
            int next = out.size() < order.length ? order[Math.min(order.length - 1, out.size())] : -1;
            if (next < 0 || last - p[next] < gap) {
                return out.subList(0, cut);
            }
        }
        return out;
    }

    static double[] filled(int themes, double threshold) {
        double[] out = new double[themes];
        Arrays.fill(out, threshold);
        return out;
    }

    private static double[] doubles(String s) {
        return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
