package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;

/**
 * Nested leave-one-meeting-out evaluation of the kernel theme model: each meeting (or COP session) is held out in
 * turn; on the other meetings alone, an inner leave-one-meeting-out chooses every setting (ridge, label-document
 * weight, meeting kernel, label-match blend, the meeting context's weights, calibration, threshold, number of
 * themes); the model so chosen and
 * refitted on those meetings then ranks the held-out meeting. No figure depends on a choice made with the held-out
 * meeting.
 *
 * <p>Also measured, per held-out meeting: the editor's curve (the index's themes of the first k provisions in
 * document order revealed, the rest scored), and a 95% interval for each figure by bootstrap over meetings (the
 * 12 folds resampled with replacement, fixed seed): provisions of one meeting are not independent, so resampling
 * provisions would understate the spread.
 */
public final class NestedEvaluation {
    /** The revealed prefixes of the editor's curve. */
    public static final int[] CURVE = {0, 2, 4, 8};
    /** The editor's curve's target rise at k = 4 (issue 14). */
    public static final double CURVE_TARGET = 0.05;
    /** Bootstrap resamples of the held-out meetings. */
    public static final int BOOTSTRAP = 2000;
    /** The bootstrap seed. */
    public static final long SEED = 42L;

    /**
     * The counts of one held-out meeting's provisions (k = 0).
     *
     * @param hits5  links among their five best-ranked themes
     * @param hits10 links among their ten best-ranked themes
     * @param links  their links in the index
     */
    public record MeetingFigures(int tp, int fp, int fn, int hits5, int hits10, int links) {
        static MeetingFigures of(FoldCounts c) {
            return new MeetingFigures(Arrays.stream(c.tp).sum(), Arrays.stream(c.fp).sum(), Arrays.stream(c.fn).sum(),
                    c.hits5, c.hits10, c.gold);
        }
    }

    /**
     * How much the editor's curve rises from k = 0 to some k, with 95% intervals over meetings: the model's, and the
     * oracle's that gives each scored provision exactly its own themes among the revealed ones.
     *
     * @param oracleShortOfTarget the share of resamples in which even the oracle rises less than
     *                            {@value #CURVE_TARGET}: how often the target is out of reach of that oracle
     */
    public record CurveRise(double model, Interval modelInterval, double oracle, Interval oracleInterval,
                            double oracleShortOfTarget) {
    }

    /** A 95% bootstrap interval. */
    public record Interval(double low, double high) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "[%.4f, %.4f]", low, high);
        }
    }

    /**
     * The figures.
     *
     * @param micro      micro-averaged precision, recall, F1
     * @param macro      macro-averaged over themes present in the index or predicted
     * @param recallAt5  the share of published links among each provision's five best-ranked themes
     * @param recallAt10 the same for ten
     * @param meanProbability the mean calibrated probability of the predicted themes, to compare with the micro
     *                   precision: close when scores mean probabilities
     * @param intervals  95% bootstrap intervals of micro-F1, macro-F1, recall@5, recall@10 (in that order)
     * @param curve      micro-F1 of the provisions after the first k of each meeting, for each k of {@link #CURVE}
     * @param sameSet    the same curve on one set of provisions for every k, those after the first 8 of each
     *                   meeting, so that only what was revealed changes between two points
     * @param perTheme   counts per theme (k = 0)
     * @param choices    the settings chosen for each held-out meeting and revealed prefix
     * @param predicted  each example's predicted themes (k = 0), in the training set's order
     * @param provisions provisions scored
     * @param revealedBound for each k of {@link #CURVE}, the curve's micro figures had each scored provision been
     *                   given its own themes among those of the revealed provisions (an oracle: what making exactly
     *                   the right revealed themes likelier would add)
     * @param countBound the micro figures had each provision's number of themes been known (its best-ranked themes,
     *                   as many as it has; k = 0): what a count as good as the truth would give with this ranking
     * @param meetings   the counts of each held-out meeting (k = 0), in the training set's group order: what a
     *                   bootstrap over meetings resamples ({@link LearningCurve})
     * @param probabilities each example's held-out calibrated probability of every theme (k = 0; vocabulary order),
     *                   in the training set's order (arrays shared: not to be changed)
     */
    public record Result(Evaluation.Figures micro, Evaluation.Figures macro, double recallAt5, double recallAt10,
                         double meanProbability,
                         Map<String, Interval> intervals, Map<Integer, Evaluation.Figures> curve,
                         Map<Integer, Evaluation.Figures> sameSet,
                         Map<String, Evaluation.ThemeCounts> perTheme, Map<String, String> choices,
                         List<List<String>> predicted, int provisions,
                         Map<Integer, Evaluation.Figures> revealedBound, Evaluation.Figures countBound,
                         List<MeetingFigures> meetings, List<double[]> probabilities,
                         List<List<Evaluation.ThemeCounts>> curveMeetings,
                         List<List<Evaluation.ThemeCounts>> boundMeetings) {
        public Result {
            meetings = List.copyOf(meetings);
            curveMeetings = curveMeetings.stream().map(List::copyOf).toList();
            boundMeetings = boundMeetings.stream().map(List::copyOf).toList();
            probabilities = List.copyOf(probabilities);
            revealedBound = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(revealedBound));
            intervals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(intervals));
            curve = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(curve));
            sameSet = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sameSet));
            perTheme = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perTheme));
            choices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
            predicted = List.copyOf(predicted);
        }

        /**
         * The editor's curve's rise from k = 0 to {@code k} (a value of {@link #CURVE}), the model's and the oracle's
         * of {@link #revealedBound}, with 95% intervals by bootstrap over the held-out meetings (the same resampled
         * meetings for k = 0 and k, {@value #BOOTSTRAP} resamples, seed {@value #SEED}).
         */
        public CurveRise rise(int k) {
            int c = Arrays.stream(CURVE).boxed().toList().indexOf(k);
            if (c < 0) {
                throw new IllegalArgumentException("no revealed prefix " + k + " in the curve");
            }
            int g = curveMeetings.size();
            SplittableRandom random = new SplittableRandom(SEED);
            double[] model = new double[BOOTSTRAP];
            double[] oracle = new double[BOOTSTRAP];
            int short05 = 0;
            for (int b = 0; b < BOOTSTRAP; b++) {
                int[] pick = new int[g];
                for (int j = 0; j < g; j++) {
                    pick[j] = random.nextInt(g);
                }
                double k0 = pooled(curveMeetings, pick, 0);
                model[b] = pooled(curveMeetings, pick, c) - k0;
                oracle[b] = pooled(boundMeetings, pick, c) - k0;
                short05 += oracle[b] < CURVE_TARGET ? 1 : 0;
            }
            int[] all = java.util.stream.IntStream.range(0, g).toArray();
            double k0 = pooled(curveMeetings, all, 0);
            return new CurveRise(pooled(curveMeetings, all, c) - k0, interval(model),
                    pooled(boundMeetings, all, c) - k0, interval(oracle), short05 / (double) BOOTSTRAP);
        }

        private static double pooled(List<List<Evaluation.ThemeCounts>> meetings, int[] pick, int c) {
            Evaluation.ThemeCounts sum = new Evaluation.ThemeCounts(0, 0, 0);
            for (int j : pick) {
                sum = sum.plus(meetings.get(j).get(c));
            }
            return sum.figures().f1();
        }

        /** Micro precision, recall and F1 of the predictions for the examples at {@code indices} of {@code set}. */
        public Evaluation.Figures micro(TrainingSet set, List<Integer> indices) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i : indices) {
                Set<String> truth = set.examples().get(i).themes();
                for (String t : predicted.get(i)) {
                    if (truth.contains(t)) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                fn += (int) truth.stream().filter(t -> !predicted.get(i).contains(t)).count();
            }
            return new Evaluation.ThemeCounts(tp, fp, fn).figures();
        }
    }

    private NestedEvaluation() {
    }

    /** Evaluates the suggester's classifier ({@link ThemeClassifier.Settings#DEFAULT}) on the examples of {@code set}. */
    public static Result run(List<Theme> vocabulary, TrainingSet set) {
        return run(vocabulary, List.of(), set);
    }

    /**
     * Evaluates the suggester's classifier ({@link ThemeClassifier.Settings#DEFAULT}) on the examples of {@code set},
     * the themes worded by their labels and {@code keywords} (French ones: the model's language).
     */
    public static Result run(List<Theme> vocabulary, List<ThemeKeyword> keywords, TrainingSet set) {
        ThemeClassifier.Settings d = ThemeClassifier.Settings.DEFAULT;
        return run(vocabulary, ThemeWords.of(vocabulary, keywords, Language.FRENCH), set,
                new int[set.examples().size()], d.designs(), d.grid());
    }

    /** Evaluates the kernel model of {@code design} on {@code set} with {@code kinds} (each example's kind id). */
    static Result run(List<Theme> vocabulary, TrainingSet set, int[] kinds, ThemeKernel.Design design,
                      InnerSelection.Grid grid) {
        return run(vocabulary, ThemeWords.labelsOf(vocabulary), set, kinds, design, grid);
    }

    /** The same, the themes worded by {@code words}. */
    static Result run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, int[] kinds, ThemeKernel.Design design,
                      InnerSelection.Grid grid) {
        return run(vocabulary, words, set, kinds, List.of(design), grid);
    }

    /**
     * The same, the inner folds choosing among {@code designs} too: for each held-out meeting and revealed prefix,
     * the design whose own best settings reach the highest inner micro-F1.
     */
    static Result run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, int[] kinds,
                      List<ThemeKernel.Design> designs, InnerSelection.Grid grid) {
        return run(vocabulary, words, set, kinds, designs, grid, (held, group) -> true);
    }

    /**
     * The same, the meetings trained on when meeting {@code held} is held out being those {@code group} for which
     * {@code trains.test(held, group)} (never the held-out one itself): all the others by default, fewer for a
     * learning curve ({@link LearningCurve}). Groups are numbered in the order they first appear in the training set.
     */
    static Result run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, int[] kinds,
                      List<ThemeKernel.Design> designs, InnerSelection.Grid grid,
                      BiPredicate<Integer, Integer> trains) {
        List<ThemeClassifier.Example> ex = set.examples();
        int n = ex.size();
        int themes = vocabulary.size();
        // Each provision read with its document's neighbours, as the suggester reads it (TrainingSet#neighbours).
        KernelStems stems = KernelStems.of(ex, words);
        List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(set.groups()));
        int[] groups = set.groups().stream().mapToInt(names::indexOf).toArray();
        List<Set<Integer>> gold = ThemeKernel.themeIndices(vocabulary, ex);
        FoldCounts[][] byGroup = new FoldCounts[names.size()][CURVE.length];
        FoldCounts[][] late = new FoldCounts[names.size()][CURVE.length];
        Evaluation.ThemeCounts[] bound = new Evaluation.ThemeCounts[CURVE.length];
        java.util.Arrays.fill(bound, new Evaluation.ThemeCounts(0, 0, 0));
        Evaluation.ThemeCounts[][] boundByGroup = new Evaluation.ThemeCounts[names.size()][CURVE.length];
        for (Evaluation.ThemeCounts[] row : boundByGroup) {
            java.util.Arrays.fill(row, new Evaluation.ThemeCounts(0, 0, 0));
        }
        Evaluation.ThemeCounts countBound = new Evaluation.ThemeCounts(0, 0, 0);
        Map<String, String> choices = new LinkedHashMap<>();
        List<List<String>> predicted = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
        List<double[]> probabilities = new ArrayList<>(java.util.Collections.nCopies(n, new double[themes]));
        for (int g = 0; g < names.size(); g++) {
            boolean[] training = new boolean[n];
            for (int i = 0; i < n; i++) {
                training[i] = groups[i] != g && trains.test(g, groups[i]);
            }
            List<ThemeKernel> kernels = new ArrayList<>();
            List<Map<Integer, InnerSelection.Choice>> chosenPer = new ArrayList<>();
            for (ThemeKernel.Design design : designs) {
                ThemeKernel kd = new ThemeKernel(design, vocabulary, words, stems, groups, kinds, gold, training);
                kernels.add(kd);
                chosenPer.add(InnerSelection.choose(kd, training, groups, gold, design, grid, CURVE));
            }
            int held = g;
            int[] test = java.util.stream.IntStream.range(0, n).filter(i -> groups[i] == held).toArray();
            Map<String, ThemeKernel.Solution> solutions = new LinkedHashMap<>();
            for (int c = 0; c < CURVE.length; c++) {
                int best = InnerSelection.bestDesign(chosenPer, CURVE[c]);
                ThemeKernel.Design design = designs.get(best);
                ThemeKernel kernel = kernels.get(best);
                InnerSelection.Choice choice = chosenPer.get(best).get(CURVE[c]);
                int[] docs = concat(InnerSelection.documents(training, themes, design.labelDocuments()), test);
                double[] means = kernel.means(training, design.centred());
                choices.put(names.get(g) + " k=" + CURVE[c], (designs.size() > 1 ? String.format(Locale.ROOT,
                        "design %d (neighbours' texts %.2f) ", best, design.neighbours()) : "") + choice.describe());
                ThemeKernel.Solution s = solutions.computeIfAbsent(best + " " + choice.fit(),
                        f -> kernel.solve(docs, choice.fit(), means));
                FoldCounts counts = new FoldCounts(themes);
                FoldCounts lateCounts = new FoldCounts(themes);
                int k = Math.min(CURVE[c], test.length);
                int[] rest = new int[test.length - k];
                for (int j = 0; j < rest.length; j++) {
                    rest[j] = docs.length - test.length + k + j;
                }
                if (rest.length > 0) {
                    double[][] scores = s.heldOut(rest);
                    double[][] blended = new double[rest.length][];
                    for (int j = 0; j < rest.length; j++) {
                        blended[j] = choice.blended(scores[j], kernel.labelMatch(test[k + j]));
                    }
                    double[][] adjusted = choice.context().adjust(InnerSelection.revealed(gold, test, k, themes),
                            blended);
                    for (int j = 0; j < rest.length; j++) {
                        int i = test[k + j];
                        double[] p = choice.calibrated(adjusted[j]);
                        List<Integer> chosenThemes = counts.add(p, gold.get(i), choice.threshold(), choice.max());
                        Evaluation.ThemeCounts oracle = revealedBound(chosenThemes, gold.get(i), gold, test, k);
                        bound[c] = bound[c].plus(oracle);
                        boundByGroup[g][c] = boundByGroup[g][c].plus(oracle);
                        if (c == 0) {
                            countBound = countBound.plus(countBound(p, gold.get(i)));
                            predicted.set(i, chosenThemes.stream().map(t -> vocabulary.get(t).id()).toList());
                            probabilities.set(i, p);
                        }
                        if (k + j >= CURVE[CURVE.length - 1]) {
                            lateCounts.add(p, gold.get(i), choice.threshold(), choice.max());
                        }
                    }
                }
                byGroup[g][c] = counts;
                late[g][c] = lateCounts;
            }
        }
        Map<Integer, Evaluation.Figures> revealed = new LinkedHashMap<>();
        for (int c = 0; c < CURVE.length; c++) {
            revealed.put(CURVE[c], bound[c].figures());
        }
        return result(vocabulary, byGroup, late, choices, predicted, probabilities, n, revealed,
                countBound.figures(), boundByGroup);
    }

    /**
     * The counts of one scored provision had its predictions been given every one of its own themes that a revealed
     * provision of its meeting has, its other predictions left as they are: an oracle that adds exactly the right
     * revealed themes, to compare with what a real use of the revealed decisions adds.
     */
    private static Evaluation.ThemeCounts revealedBound(List<Integer> predicted, Set<Integer> truth,
                                                        List<Set<Integer>> gold, int[] test, int k) {
        Set<Integer> out = new java.util.HashSet<>(predicted);
        for (int j = 0; j < k; j++) {
            for (int t : gold.get(test[j])) {
                if (truth.contains(t)) {
                    out.add(t);
                }
            }
        }
        int tp = (int) out.stream().filter(truth::contains).count();
        return new Evaluation.ThemeCounts(tp, out.size() - tp, truth.size() - tp);
    }

    /** The 95% percentile interval of bootstrap values (sorted in place). */
    static Interval interval(double[] values) {
        Arrays.sort(values);
        return new Interval(values[(int) Math.floor(0.025 * (values.length - 1))],
                values[(int) Math.ceil(0.975 * (values.length - 1))]);
    }

    /** The counts of one provision had its number of themes been known: its best-ranked themes, as many as it has. */
    private static Evaluation.ThemeCounts countBound(double[] p, Set<Integer> truth) {
        Integer[] order = InnerSelection.ranking(p);
        int tp = 0;
        for (int r = 0; r < truth.size(); r++) {
            tp += truth.contains(order[r]) ? 1 : 0;
        }
        return new Evaluation.ThemeCounts(tp, truth.size() - tp, truth.size() - tp);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Map<Integer, Evaluation.Figures> curve(FoldCounts[][] byGroup, int themes) {
        Map<Integer, Evaluation.Figures> curve = new LinkedHashMap<>();
        for (int c = 0; c < CURVE.length; c++) {
            FoldCounts k = new FoldCounts(themes);
            for (FoldCounts[] g : byGroup) {
                k.addAll(g[c]);
            }
            curve.put(CURVE[c], k.micro());
        }
        return curve;
    }

    private static Result result(List<Theme> vocabulary, FoldCounts[][] byGroup, FoldCounts[][] late,
                                 Map<String, String> choices,
                                 List<List<String>> predicted, List<double[]> probabilities, int n,
                                 Map<Integer, Evaluation.Figures> revealedBound, Evaluation.Figures countBound,
                                 Evaluation.ThemeCounts[][] boundByGroup) {
        int themes = vocabulary.size();
        FoldCounts all = new FoldCounts(themes);
        for (FoldCounts[] g : byGroup) {
            all.addAll(g[0]);
        }
        Map<Integer, Evaluation.Figures> curve = curve(byGroup, themes);
        Map<Integer, Evaluation.Figures> sameSet = curve(late, themes);
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] samples = new double[4][BOOTSTRAP];
        for (int b = 0; b < BOOTSTRAP; b++) {
            FoldCounts s = new FoldCounts(themes);
            for (int j = 0; j < byGroup.length; j++) {
                s.addAll(byGroup[random.nextInt(byGroup.length)][0]);
            }
            samples[0][b] = s.micro().f1();
            samples[1][b] = s.macro().f1();
            samples[2][b] = s.recallAt5();
            samples[3][b] = s.recallAt10();
        }
        Map<String, Interval> intervals = new LinkedHashMap<>();
        String[] keys = {"micro.f1", "macro.f1", "recallAt5", "recallAt10"};
        for (int m = 0; m < 4; m++) {
            intervals.put(keys[m], interval(samples[m]));
        }
        Map<String, Evaluation.ThemeCounts> perTheme = new LinkedHashMap<>();
        for (int t = 0; t < themes; t++) {
            perTheme.put(vocabulary.get(t).id(), new Evaluation.ThemeCounts(all.tp[t], all.fp[t], all.fn[t]));
        }
        return new Result(all.micro(), all.macro(), all.recallAt5(), all.recallAt10(), all.meanProbability(),
                intervals, curve, sameSet, perTheme,
                choices, predicted, n, revealedBound, countBound,
                Arrays.stream(byGroup).map(g -> MeetingFigures.of(g[0])).toList(), probabilities,
                Arrays.stream(byGroup).map(g -> Arrays.stream(g).map(c -> new Evaluation.ThemeCounts(
                        Arrays.stream(c.tp).sum(), Arrays.stream(c.fp).sum(), Arrays.stream(c.fn).sum())).toList())
                        .toList(),
                Arrays.stream(boundByGroup).map(List::of).toList());
    }
}
