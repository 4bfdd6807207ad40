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

    /**
     * The counts of one held-out meeting's provisions (k = 0).
     *
     * @param hits5  links among their five best-ranked themes
     * @param hits10 links among their ten best-ranked themes
     * @param links  their links in the index
     */
    public record MeetingFigures(int tp, int fp, int fn, int hits5, int hits10, int links) {
        static MeetingFigures of(Counts c) {
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
    static Result run(List<Theme> vocabulary, TrainingSet set, int[] kinds, ThemeKernel.Design design, Grid grid) {
        return run(vocabulary, ThemeWords.labelsOf(vocabulary), set, kinds, design, grid);
    }

    /** The same, the themes worded by {@code words}. */
    static Result run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, int[] kinds, ThemeKernel.Design design,
                      Grid grid) {
        return run(vocabulary, words, set, kinds, List.of(design), grid);
    }

    /**
     * The same, the inner folds choosing among {@code designs} too: for each held-out meeting and revealed prefix,
     * the design whose own best settings reach the highest inner micro-F1.
     */
    static Result run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, int[] kinds,
                      List<ThemeKernel.Design> designs, Grid grid) {
        return run(vocabulary, words, set, kinds, designs, grid, (held, group) -> true);
    }

    /**
     * The same, the meetings trained on when meeting {@code held} is held out being those {@code group} for which
     * {@code trains.test(held, group)} (never the held-out one itself): all the others by default, fewer for a
     * learning curve ({@link LearningCurve}). Groups are numbered in the order they first appear in the training set.
     */
    static Result run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, int[] kinds,
                      List<ThemeKernel.Design> designs, Grid grid, BiPredicate<Integer, Integer> trains) {
        List<ThemeClassifier.Example> ex = set.examples();
        int n = ex.size();
        int themes = vocabulary.size();
        List<List<String>> stems = new ArrayList<>();
        ex.forEach(e -> stems.add(FrenchTerms.stems(e.text())));
        for (int t = 0; t < themes; t++) {
            stems.add(FrenchTerms.stems(words.document(t)));
        }
        List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(set.groups()));
        int[] groups = set.groups().stream().mapToInt(names::indexOf).toArray();
        List<Set<Integer>> gold = ThemeKernel.themeIndices(vocabulary, ex);
        Counts[][] byGroup = new Counts[names.size()][CURVE.length];
        Counts[][] late = new Counts[names.size()][CURVE.length];
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
            List<Map<Integer, Choice>> chosenPer = new ArrayList<>();
            for (ThemeKernel.Design design : designs) {
                ThemeKernel kd = new ThemeKernel(design, vocabulary, words, stems, groups, kinds, gold, training);
                kernels.add(kd);
                chosenPer.add(choose(kd, training, groups, gold, design, grid, CURVE));
            }
            int held = g;
            int[] test = java.util.stream.IntStream.range(0, n).filter(i -> groups[i] == held).toArray();
            Map<String, ThemeKernel.Solution> solutions = new LinkedHashMap<>();
            for (int c = 0; c < CURVE.length; c++) {
                int best = bestDesign(chosenPer, CURVE[c]);
                ThemeKernel.Design design = designs.get(best);
                ThemeKernel kernel = kernels.get(best);
                Choice choice = chosenPer.get(best).get(CURVE[c]);
                int[] docs = concat(documents(training, themes, design.labelDocuments()), test);
                double[] means = kernel.means(training, design.centred());
                choices.put(names.get(g) + " k=" + CURVE[c], (designs.size() > 1 ? String.format(Locale.ROOT,
                        "design %d (neighbours' texts %.2f) ", best, design.neighbours()) : "") + choice.describe());
                ThemeKernel.Solution s = solutions.computeIfAbsent(best + " " + choice.fit(),
                        f -> kernel.solve(docs, choice.fit(), means));
                Counts counts = new Counts(themes);
                Counts lateCounts = new Counts(themes);
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
                    double[][] adjusted = choice.context().adjust(revealed(gold, test, k, themes), blended);
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
        Integer[] order = ranking(p);
        int tp = 0;
        for (int r = 0; r < truth.size(); r++) {
            tp += truth.contains(order[r]) ? 1 : 0;
        }
        return new Evaluation.ThemeCounts(tp, truth.size() - tp, truth.size() - tp);
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

    /** The label-match blend and calibrated probability of each theme, for a provision scored on its own. */
    static double[] probabilities(double[] regression, double[] label, Choice choice) {
        return choice.calibrated(choice.blended(regression, label));
    }

    /** The themes of the first {@code k} of {@code examples}, as rows of flags. */
    private static boolean[][] revealed(List<Set<Integer>> gold, int[] examples, int k, int themes) {
        boolean[][] out = new boolean[k][themes];
        for (int j = 0; j < k; j++) {
            for (int t : gold.get(examples[j])) {
                out[j][t] = true;
            }
        }
        return out;
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

    /**
     * Chooses every setting by leave-one-group-out over the {@code training} examples alone, for each revealed prefix k
     * of {@link #CURVE}: the held-out group's first k provisions are then known, and only the rest is scored.
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

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
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

    /** Per-theme counts and recall@5/@10 hits of some predicted provisions. */
    static final class Counts {
        final int[] tp;
        final int[] fp;
        final int[] fn;
        int hits5;
        int hits10;
        int gold;
        int provisions;
        /** The sum of the probabilities of the predicted themes. */
        double predictedProbability;

        Counts(int themes) {
            tp = new int[themes];
            fp = new int[themes];
            fn = new int[themes];
        }

        /** Counts one provision's predictions; returns the predicted themes, best first. */
        List<Integer> add(double[] p, Set<Integer> truth, double threshold, int max) {
            Integer[] order = ranking(p);
            boolean[] predicted = new boolean[p.length];
            List<Integer> out = new ArrayList<>();
            for (int r = 0; r < order.length && r < max; r++) {
                if (r > 0 && p[order[r]] < threshold) {
                    break;
                }
                predicted[order[r]] = true;
                predictedProbability += p[order[r]];
                out.add(order[r]);
            }
            for (int t = 0; t < p.length; t++) {
                if (predicted[t]) {
                    if (truth.contains(t)) {
                        tp[t]++;
                    } else {
                        fp[t]++;
                    }
                } else if (truth.contains(t)) {
                    fn[t]++;
                }
            }
            for (int r = 0; r < Math.min(10, order.length); r++) {
                if (truth.contains(order[r])) {
                    hits10++;
                    if (r < 5) {
                        hits5++;
                    }
                }
            }
            gold += truth.size();
            provisions++;
            return out;
        }

        void addAll(Counts o) {
            for (int t = 0; t < tp.length; t++) {
                tp[t] += o.tp[t];
                fp[t] += o.fp[t];
                fn[t] += o.fn[t];
            }
            hits5 += o.hits5;
            hits10 += o.hits10;
            gold += o.gold;
            provisions += o.provisions;
            predictedProbability += o.predictedProbability;
        }

        Evaluation.Figures micro() {
            return new Evaluation.ThemeCounts(Arrays.stream(tp).sum(), Arrays.stream(fp).sum(),
                    Arrays.stream(fn).sum()).figures();
        }

        Evaluation.Figures macro() {
            double p = 0;
            double r = 0;
            double f = 0;
            int count = 0;
            for (int t = 0; t < tp.length; t++) {
                if (tp[t] + fp[t] + fn[t] > 0) {
                    Evaluation.Figures x = new Evaluation.ThemeCounts(tp[t], fp[t], fn[t]).figures();
                    p += x.precision();
                    r += x.recall();
                    f += x.f1();
                    count++;
                }
            }
            return count == 0 ? new Evaluation.Figures(0, 0, 0)
                    : new Evaluation.Figures(p / count, r / count, f / count);
        }

        double recallAt5() {
            return gold == 0 ? 0 : hits5 / (double) gold;
        }

        /** The mean probability of the predicted themes: calibrated, it is close to their precision. */
        double meanProbability() {
            int predicted = Arrays.stream(tp).sum() + Arrays.stream(fp).sum();
            return predicted == 0 ? 0 : predictedProbability / predicted;
        }

        double recallAt10() {
            return gold == 0 ? 0 : hits10 / (double) gold;
        }
    }

    private static Map<Integer, Evaluation.Figures> curve(Counts[][] byGroup, int themes) {
        Map<Integer, Evaluation.Figures> curve = new LinkedHashMap<>();
        for (int c = 0; c < CURVE.length; c++) {
            Counts k = new Counts(themes);
            for (Counts[] g : byGroup) {
                k.addAll(g[c]);
            }
            curve.put(CURVE[c], k.micro());
        }
        return curve;
    }

    private static Result result(List<Theme> vocabulary, Counts[][] byGroup, Counts[][] late, Map<String, String> choices,
                                 List<List<String>> predicted, List<double[]> probabilities, int n,
                                 Map<Integer, Evaluation.Figures> revealedBound, Evaluation.Figures countBound,
                                 Evaluation.ThemeCounts[][] boundByGroup) {
        int themes = vocabulary.size();
        Counts all = new Counts(themes);
        for (Counts[] g : byGroup) {
            all.addAll(g[0]);
        }
        Map<Integer, Evaluation.Figures> curve = curve(byGroup, themes);
        Map<Integer, Evaluation.Figures> sameSet = curve(late, themes);
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] samples = new double[4][BOOTSTRAP];
        for (int b = 0; b < BOOTSTRAP; b++) {
            Counts s = new Counts(themes);
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
            double[] v = samples[m];
            Arrays.sort(v);
            intervals.put(keys[m], new Interval(v[(int) Math.floor(0.025 * (BOOTSTRAP - 1))],
                    v[(int) Math.ceil(0.975 * (BOOTSTRAP - 1))]));
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
