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
                  double threshold, int max, double innerF1, LabelSpace space, double lengthSlope,
                  double innerLoss, double[] rerank) {
        String describe() {
            return String.format(Locale.ROOT, "lambda %.2f labels %.1f group %.2f balance %.1f blend %.2f prior %.2f%s "
                            + "neighbours %.2f threshold %.2f max %d space %d:%.1f", fit.lambda(), fit.labelWeight(),
                    fit.group(), fit.balance(), blend, context.prior(), context.lifted() ? " lifted" : "",
                    context.neighbours(), threshold, max, space.rank(), space.weight())
                    + String.format(Locale.ROOT, " length %.2f", lengthSlope)
                    + (rerank == null ? "" : " rerank " + Arrays.toString(rerank));
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
    private record InnerMeeting(int[] examples, int k, double[][] rest,
                                Map<Integer, LabelSpace.Projection> projections, double[] lift, Rerank.Stats stats) {
    }

    /** The slopes of the threshold on the text's length the inner folds choose among ({@code -Dthemes.lengthSlopes}). */
    private static final double[] LENGTH_SLOPES = java.util.Arrays.stream(
            System.getProperty("themes.lengthSlopes", "0").split(",")).mapToDouble(Double::parseDouble).toArray();

    /** Whether settings are chosen by the inner log-loss ({@code -Dthemes.byLoss}; eleventh pass, I). */
    private static final boolean BY_LOSS = Boolean.getBoolean("themes.byLoss");

    private InnerSelection() {
    }

    /** Whether choice {@code a} beats {@code b}: a higher inner micro-F1, or with {@link #BY_LOSS} a lower log-loss. */
    static boolean better(Choice a, Choice b) {
        return BY_LOSS ? a.innerLoss() < b.innerLoss() - 1e-12 : a.innerF1() > b.innerF1() + 1e-12;
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
        List<LabelSpace> spaces = LabelSpace.grid();
        List<int[]> groupExamples = new ArrayList<>();
        List<Map<Integer, LabelSpace.Projection>> projections = new ArrayList<>();
        List<Rerank.Stats> stats = new ArrayList<>();
        for (List<Integer> group : positions.values()) {
            int[] examples = group.stream().mapToInt(p -> trainingExamples[p]).toArray();
            groupExamples.add(examples);
            Set<Integer> own = new java.util.HashSet<>();
            Arrays.stream(examples).forEach(own::add);
            int[] rows = Arrays.stream(trainingExamples).filter(i -> !own.contains(i)).toArray();
            Map<Integer, LabelSpace.Projection> byRank = new LinkedHashMap<>();
            for (LabelSpace space : spaces) {
                if (space.rank() > 0 && !byRank.containsKey(space.rank())) {
                    byRank.put(space.rank(), LabelSpace.fit(gold, rows, themes, space.rank()));
                }
            }
            projections.add(byRank);
            stats.add(Rerank.ON ? Rerank.Stats.of(gold, rows, kernel.bodies(), themes) : null);
        }
        Map<Integer, Choice> best = new LinkedHashMap<>();
        for (ThemeKernel.Fit fit : grid.fits()) {
            if (!design.labelDocuments() && fit.labelWeight() != grid.fits().getFirst().labelWeight()) {
                continue;
            }
            ThemeKernel.Solution s = kernel.solve(docs, fit, means);
            for (int k : prefixes) {
                List<InnerMeeting> meetings = new ArrayList<>();
                int index = -1;
                for (List<Integer> group : positions.values()) {
                    index++;
                    if (group.size() <= k) {
                        continue;
                    }
                    int[] pos = group.subList(k, group.size()).stream().mapToInt(Integer::intValue).toArray();
                    int[] examples = groupExamples.get(index);
                    meetings.add(new InnerMeeting(examples, k, s.heldOut(pos), projections.get(index),
                            Persistence.lift(groupExamples, index, k, gold, themes), stats.get(index)));
                }
                Choice c = best(kernel, fit, meetings, gold, grid);
                if (!best.containsKey(k) || better(c, best.get(k))) {
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
        List<Rerank.Stats> scoredStats = new ArrayList<>();
        for (InnerMeeting im : meetings) {
            for (int j = im.k(); j < im.examples().length; j++) {
                scored.add(im.examples()[j]);
                scoredStats.add(im.stats());
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
        for (LabelSpace space : LabelSpace.grid()) {
        for (double blend : grid.blends()) {
            Choice blender = new Choice(fit, blend, MeetingContext.NONE, null, 0, 0, 0, space, 0, 0, null);
            List<double[][]> blendedMeetings = new ArrayList<>();
            for (InnerMeeting im : meetings) {
                double[][] b = new double[im.rest().length][];
                for (int j = 0; j < b.length; j++) {
                    double[] regression = space.apply(im.rest()[j], im.projections().get(space.rank()));
                    b[j] = blender.blended(regression, kernel.labelMatch(im.examples()[im.k() + j]));
                }
                blendedMeetings.add(b);
            }
            for (MeetingContext context : grid.contexts()) {
                double[][] blended = new double[m][];
                int row = 0;
                for (int g = 0; g < meetings.size(); g++) {
                    InnerMeeting im = meetings.get(g);
                    double[][] adjusted = context.adjust(revealed(gold, im.examples(), im.k(), themes),
                            blendedMeetings.get(g), im.lift());
                    for (double[] a : adjusted) {
                        blended[row++] = a;
                    }
                }
                Calibration calibration = Calibration.fit(blended, truth, grid.shrink());
                double[][] calibrated = new double[m][themes];
                for (int p = 0; p < m; p++) {
                    for (int t = 0; t < themes; t++) {
                        calibrated[p][t] = calibration.probability(t, blended[p][t]);
                    }
                }
                for (int variant = 0; variant < (Rerank.ON ? 2 : 1); variant++) {
                double[][] prob = calibrated;
                double[] rerank = null;
                if (variant == 1) {
                    double[][][] x = new double[m][][];
                    for (int p = 0; p < m; p++) {
                        x[p] = Rerank.features(calibrated[p], kernel.labelMatch(scored.get(p)),
                                kernel.bodies()[scored.get(p)], scoredStats.get(p));
                    }
                    rerank = Rerank.fit(x, truth);
                    prob = new double[m][];
                    for (int p = 0; p < m; p++) {
                        prob[p] = Rerank.apply(rerank, x[p]);
                    }
                }
                double loss = 0;
                if (BY_LOSS) {
                    for (int p = 0; p < m; p++) {
                        for (int t = 0; t < themes; t++) {
                            double q = Math.min(1 - 1e-12, Math.max(1e-12, prob[p][t]));
                            loss -= truth[p][t] ? Math.log(q) : Math.log(1 - q);
                        }
                    }
                    loss /= Math.max(1, m);
                }
                Choice configBest = null;
                Integer[][] orders = new Integer[m][];
                int links = 0;
                for (int p = 0; p < m; p++) {
                    orders[p] = ranking(prob[p]);
                    links += gold.get(scored.get(p)).size();
                }
                for (double slope : LENGTH_SLOPES) {
                for (double threshold : grid.thresholds()) {
                    for (int max : grid.maxima()) {
                        int tp = 0;
                        int predicted = 0;
                        for (int p = 0; p < m; p++) {
                            double own = threshold - slope * kernel.length(scored.get(p));
                            for (int r = 0; r < max && r < themes; r++) {
                                int t = orders[p][r];
                                if (r > 0 && prob[p][t] < own) {
                                    break;
                                }
                                predicted++;
                                if (truth[p][t]) {
                                    tp++;
                                }
                            }
                        }
                        double f1 = new Evaluation.ThemeCounts(tp, predicted - tp, links - tp).figures().f1();
                        if (configBest == null || f1 > configBest.innerF1() + 1e-12) {
                            configBest = new Choice(fit, blend, context, calibration, threshold, max, f1, space, slope,
                                    loss, rerank);
                        }
                    }
                }
                }
                if (best == null || better(configBest, best)) {
                    best = configBest;
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
            if (better(chosen.get(d).get(k), chosen.get(best).get(k))) {
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
