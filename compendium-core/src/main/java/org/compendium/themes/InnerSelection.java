package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inner folds of the nested evaluation, and the suggester's own choice of settings: on training meetings alone,
 * each meeting held out in turn (its first k provisions revealed), the settings that reach the best micro-F1 on the
 * others' held-out scores — ridge fit, label-match blend, meeting context, calibration, threshold and most themes.
 * One home for that choice, which {@link NestedEvaluation} makes per held-out meeting and {@link ThemeClassifier}
 * once on every meeting.
 */
final class InnerSelection {
    /**
     * The settings the inner folds choose among.
     *
     * @param fits       kernel ridge fits
     * @param blends     weights of the label match against the regression score
     * @param thresholds calibrated probabilities a theme needs beyond the first
     * @param maxima     the most themes predicted
     * @param shrink     the pull of each theme's calibration towards the shared one
     * @param contexts   the weights of the meeting's other provisions ({@link MeetingContext})
     */
    record Grid(List<ThemeKernel.Fit> fits, double[] blends, double[] thresholds, int[] maxima, double shrink,
                List<MeetingContext> contexts) {
    }

    /**
     * The settings chosen on a training set's inner folds.
     *
     * @param innerF1 the inner micro-F1 they reached
     */
    record Choice(ThemeKernel.Fit fit, double blend, MeetingContext context, Calibration calibration,
                  double threshold, int max, double innerF1) {
        String describe() {
            return String.format(Locale.ROOT, "lambda %.2f labels %.1f group %.2f blend %.2f prior %.2f "
                            + "neighbours %.2f threshold %.2f max %d", fit.lambda(), fit.labelWeight(), fit.group(),
                    blend, context.prior(), context.neighbours(), threshold, max);
        }

        /** The label blend of a regression score row, before calibration. */
        double[] blended(double[] regression, double[] label) {
            double[] s = new double[regression.length];
            for (int t = 0; t < s.length; t++) {
                s[t] = (1 - blend) * regression[t] + blend * label[t];
            }
            return s;
        }

        /** The calibrated probabilities of a (blended, adjusted) score row. */
        double[] calibrated(double[] scores) {
            double[] p = new double[scores.length];
            for (int t = 0; t < p.length; t++) {
                p[t] = calibration.probability(t, scores[t]);
            }
            return p;
        }
    }

    /**
     * One meeting held out in the inner folds: its examples in document order, the first {@code k} revealed, and the
     * held-out regression scores of the rest.
     */
    private record InnerMeeting(int[] examples, int k, double[][] rest) {
    }

    private InnerSelection() {
    }

    /**
     * Chooses every setting by leave-one-group-out over the {@code training} examples alone, for each revealed prefix k
     * of {@code prefixes} (the curve's, {@link NestedEvaluation#CURVE}): the held-out group's first k provisions are
     * then known, and only the rest is scored.
     */
    static Map<Integer, Choice> choose(ThemeKernel kernel, boolean[] training, int[] groups, List<Set<Integer>> gold,
                                       ThemeKernel.Design design, Grid grid, int[] prefixes) {
        int themes = kernel.themes();
        int[] docs = documents(training, themes, design.labelDocuments());
        int[] trainingExamples = Arrays.stream(docs).filter(d -> d < training.length).toArray();
        Map<Integer, List<Integer>> positions = new LinkedHashMap<>();
        for (int p = 0; p < trainingExamples.length; p++) {
            positions.computeIfAbsent(groups[trainingExamples[p]], x -> new ArrayList<>()).add(p);
        }
        double[] means = kernel.means(training, design.centred());
        Map<Integer, Choice> best = new LinkedHashMap<>();
        for (ThemeKernel.Fit fit : grid.fits()) {
            if (!design.labelDocuments() && fit.labelWeight() != grid.fits().getFirst().labelWeight()) {
                continue;
            }
            ThemeKernel.Solution s = kernel.solve(docs, fit, means);
            for (int k : prefixes) {
                List<InnerMeeting> meetings = new ArrayList<>();
                for (List<Integer> group : positions.values()) {
                    if (group.size() <= k) {
                        continue;
                    }
                    int[] pos = group.subList(k, group.size()).stream().mapToInt(Integer::intValue).toArray();
                    int[] examples = group.stream().mapToInt(p -> trainingExamples[p]).toArray();
                    meetings.add(new InnerMeeting(examples, k, s.heldOut(pos)));
                }
                Choice c = best(kernel, fit, meetings, gold, grid);
                if (!best.containsKey(k) || c.innerF1() > best.get(k).innerF1() + 1e-12) {
                    best.put(k, c);
                }
            }
        }
        return best;
    }

    /** The best blend, context, calibration, threshold and maximum for the inner meetings' held-out scores. */
    private static Choice best(ThemeKernel kernel, ThemeKernel.Fit fit, List<InnerMeeting> meetings,
                               List<Set<Integer>> gold, Grid grid) {
        int themes = kernel.themes();
        List<Integer> scored = new ArrayList<>();
        for (InnerMeeting im : meetings) {
            for (int j = im.k(); j < im.examples().length; j++) {
                scored.add(im.examples()[j]);
            }
        }
        int m = scored.size();
        boolean[][] truth = new boolean[m][themes];
        for (int p = 0; p < m; p++) {
            for (int t : gold.get(scored.get(p))) {
                truth[p][t] = true;
            }
        }
        Choice best = null;
        for (double blend : grid.blends()) {
            Choice blender = new Choice(fit, blend, MeetingContext.NONE, null, 0, 0, 0);
            List<double[][]> blendedMeetings = new ArrayList<>();
            for (InnerMeeting im : meetings) {
                double[][] b = new double[im.rest().length][];
                for (int j = 0; j < b.length; j++) {
                    b[j] = blender.blended(im.rest()[j], kernel.labelMatch(im.examples()[im.k() + j]));
                }
                blendedMeetings.add(b);
            }
            for (MeetingContext context : grid.contexts()) {
                double[][] blended = new double[m][];
                int row = 0;
                for (int g = 0; g < meetings.size(); g++) {
                    InnerMeeting im = meetings.get(g);
                    double[][] adjusted = context.adjust(revealed(gold, im.examples(), im.k(), themes),
                            blendedMeetings.get(g));
                    for (double[] a : adjusted) {
                        blended[row++] = a;
                    }
                }
                Calibration calibration = Calibration.fit(blended, truth, grid.shrink());
                double[][] prob = new double[m][themes];
                for (int p = 0; p < m; p++) {
                    for (int t = 0; t < themes; t++) {
                        prob[p][t] = calibration.probability(t, blended[p][t]);
                    }
                }
                Integer[][] orders = new Integer[m][];
                int links = 0;
                for (int p = 0; p < m; p++) {
                    orders[p] = ranking(prob[p]);
                    links += gold.get(scored.get(p)).size();
                }
                for (double threshold : grid.thresholds()) {
                    for (int max : grid.maxima()) {
                        int tp = 0;
                        int predicted = 0;
                        for (int p = 0; p < m; p++) {
                            for (int r = 0; r < max && r < themes; r++) {
                                int t = orders[p][r];
                                if (r > 0 && prob[p][t] < threshold) {
                                    break;
                                }
                                predicted++;
                                if (truth[p][t]) {
                                    tp++;
                                }
                            }
                        }
                        double f1 = new Evaluation.ThemeCounts(tp, predicted - tp, links - tp).figures().f1();
                        if (best == null || f1 > best.innerF1() + 1e-12) {
                            best = new Choice(fit, blend, context, calibration, threshold, max, f1);
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * The design (index into {@code chosen}, one map of choices per design) whose settings for revealed prefix
     * {@code k} reach the best inner micro-F1; the first on a tie.
     */
    static int bestDesign(List<Map<Integer, Choice>> chosen, int k) {
        int best = 0;
        for (int d = 1; d < chosen.size(); d++) {
            if (chosen.get(d).get(k).innerF1() > chosen.get(best).get(k).innerF1() + 1e-12) {
                best = d;
            }
        }
        return best;
    }

    /** The training documents: the training examples, then the label documents when the design has them. */
    static int[] documents(boolean[] training, int themes, boolean labelDocuments) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < training.length; i++) {
            if (training[i]) {
                out.add(i);
            }
        }
        if (labelDocuments) {
            for (int t = 0; t < themes; t++) {
                out.add(training.length + t);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The themes of the first {@code k} of {@code examples}, as rows of flags. */
    static boolean[][] revealed(List<Set<Integer>> gold, int[] examples, int k, int themes) {
        boolean[][] out = new boolean[k][themes];
        for (int j = 0; j < k; j++) {
            for (int t : gold.get(examples[j])) {
                out[j][t] = true;
            }
        }
        return out;
    }

    /** The themes ranked by probability, best first, ties by vocabulary order. */
    static Integer[] ranking(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int t = 0; t < p.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (x, y) -> p[x] != p[y] ? Double.compare(p[y], p[x]) : Integer.compare(x, y));
        return order;
    }
}
