package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;

/**
 * A multi-label theme classifier trained on indexed provisions: kernel ridge regression on a TF-IDF cosine kernel
 * (stems, stem bigrams, character 4-grams; {@link ThemeKernel}) with the themes' labels as extra training documents,
 * blended with a zero-shot match of the text against each label ({@link LabelTerms}), then calibrated per theme
 * ({@link Calibration}) so that a score is the probability that the index would give the theme. Every setting (ridge,
 * label-document weight, blend, calibration, threshold, number of themes) is chosen by leave-one-meeting-out over the
 * training examples themselves ({@link InnerSelection#choose}); {@code themes eval} measures this whole procedure
 * with one more level of leave-one-meeting-out around it.
 *
 * <p>Deterministic: no random step, loops in a fixed order. A vocabulary without examples (an editor's WG.4 themes)
 * is matched on its labels only ({@link Settings#LABELS_ONLY}).
 */
public final class ThemeClassifier {
    /** How many nearest examples reasons and the neighbour share look at. */
    static final int NEIGHBOURS = 10;
    /**
     * The revealed prefix whose chosen settings score a provision once editors decided some earlier provisions of its
     * meeting (the editor's curve point the target is set at).
     */
    static final int MEETING_PREFIX = 4;
    /** The weights of the neighbouring provisions' texts the training chooses among ({@link ThemeKernel.Design}). */
    static final List<Double> NEIGHBOUR_WEIGHTS = List.of(0.0, 0.1, 0.2);

    private final Settings settings;
    private final List<String> themes;
    private final List<Example> examples;
    private final ThemeKernel kernel;
    /** The kernel of the design chosen for a meeting some of whose earlier provisions are decided. */
    private final ThemeKernel meetingKernel;
    private final ThemeKernel.Solution solution;
    private final InnerSelection.Choice choice;
    /** The settings chosen for a meeting some of whose earlier provisions are decided. */
    private final InnerSelection.Choice meetingChoice;
    private final ThemeKernel.Solution meetingSolution;
    private final LabelTerms labelsOnly;
    /** The language texts are tokenised in: French, or for a label-only classifier its labels' language. */
    private final Language language;
    /** Per theme, the word-space weight of each feature ({@code Σ_d α_dt w_d}), for reasons. */
    private final double[][] wordWeights;

    /**
     * The classifier's designs and the settings its training chooses among.
     *
     * @param designs    the kernels' features and documents, one chosen by leave-one-meeting-out with the rest of
     *                   the settings (they differ only in the weight of the neighbouring provisions' texts)
     * @param grid       the settings chosen by leave-one-meeting-out
     * @param labelsOnly whether only label matching scores (no example is learned from)
     */
    public record Settings(List<ThemeKernel.Design> designs, InnerSelection.Grid grid, boolean labelsOnly) {
        /**
         * The designs measured best by nested leave-one-meeting-out (see the README, section Themes): stems, bigrams
         * and character 4-grams, each provision's features with those of the provisions before and after it in its
         * meeting, weighted 0, 0.1 or 0.2 (chosen).
         */
        public static final Settings DEFAULT = new Settings(
                NEIGHBOUR_WEIGHTS.stream().map(w -> new ThemeKernel.Design(true, 4, 0.3, 0, w, 0, true, true)).toList(),
                new InnerSelection.Grid(
                        List.of(new ThemeKernel.Fit(0.3, 10, 0), new ThemeKernel.Fit(1, 10, 0)),
                        new double[] {0.2, 0.3, 0.4}, new double[] {0.15, 0.2, 0.25, 0.3, 0.35, 0.4},
                        new int[] {3, 4, 5}, 10,
                        List.of(MeetingContext.NONE, new MeetingContext(0.05, 0), new MeetingContext(0.1, 0),
                                new MeetingContext(0.2, 0))),
                false);
        /** A vocabulary without examples: the label match alone. */
        public static final Settings LABELS_ONLY = new Settings(DEFAULT.designs(), DEFAULT.grid(), true);

        public Settings {
            designs = List.copyOf(designs);
            if (designs.isEmpty()) {
                throw new IllegalArgumentException("a classifier needs at least one design");
            }
        }

        @Override
        public String toString() {
            if (labelsOnly) {
                return "label match only";
            }
            ThemeKernel.Design d = designs.getFirst();
            return String.format(Locale.ROOT,
                    "kernel ridge on stems%s%s, label documents %s, chosen among neighbours' texts %s, ridge %s, "
                            + "label weight %s, blend %s, threshold %s, max %s",
                    d.bigrams() ? " + bigrams" : "",
                    d.charGram() > 0 ? " + char " + d.charGram() + "-grams (" + d.charWeight() + ")" : "",
                    d.labelDocuments() ? "yes" : "no",
                    designs.stream().map(ThemeKernel.Design::neighbours).toList(),
                    grid.fits().stream().map(f -> f.lambda()).distinct().toList(),
                    grid.fits().stream().map(f -> f.labelWeight()).distinct().toList(),
                    Arrays.toString(grid.blends()), Arrays.toString(grid.thresholds()),
                    Arrays.toString(grid.maxima()));
        }
    }

    /**
     * One training example: an indexed provision.
     *
     * @param id     its citation
     * @param label  its label in the compendium ({@code I.22}), for reasons
     * @param text   its text (with its parent's chapeau for a sub-paragraph)
     * @param themes its themes in the index
     * @param group  the meeting or session it is held out with ({@code meeting 3}); its id when it has none
     * @param neighbours the texts of the provisions just before and after it in its document
     *               ({@link TrainingSet#neighbours}), which it is read with as
     *               {@link #rank(String, List, MeetingDecisions)} reads a provision to suggest: the same texts in
     *               training, evaluation and suggestion
     */
    public record Example(String id, String label, String text, Set<String> themes, String group,
                          List<String> neighbours) {
        public Example {
            themes = Set.copyOf(themes);
            neighbours = List.copyOf(neighbours);
        }

        /** An example of no known meeting and no neighbours, held out on its own. */
        public Example(String id, String label, String text, Set<String> themes) {
            this(id, label, text, themes, id, List.of());
        }
    }

    /**
     * One theme's score for a text.
     *
     * @param themeId    the theme
     * @param score      the probability that the index gives the theme (calibrated), or the label share when only
     *                   labels are matched
     * @param neighbours the share of the nearest examples' similarity carried by examples with this theme
     * @param linear     the kernel regression's score
     * @param label      the share of the theme's label the text says (IDF-weighted, 0 to 1)
     * @param similar    the most similar indexed provisions with this theme (at most 3), most similar first
     * @param words      the label words the text says, then the words that pushed the regression most towards this
     *                   theme
     * @param meetingWith    how many of the meeting's earlier decided provisions have this theme
     * @param meetingDecided how many earlier provisions of the meeting are decided
     */
    public record Score(String themeId, double score, double neighbours, double linear, double label,
                        List<SimilarProvision> similar, List<String> words, int meetingWith, int meetingDecided) {
        /** A score of the text alone. */
        public Score(String themeId, double score, double neighbours, double linear, double label,
                     List<SimilarProvision> similar, List<String> words) {
            this(themeId, score, neighbours, linear, label, similar, words, 0, 0);
        }
    }

    private ThemeClassifier(Settings settings, List<Theme> vocabulary, ThemeWords words, List<Example> examples) {
        this.settings = settings;
        this.language = words.language();
        if (language != Language.FRENCH && !(settings.labelsOnly() && examples.isEmpty())) {
            throw new IllegalArgumentException("a classifier learns from French examples; in " + language
                    + " it matches labels and keywords only");
        }
        this.themes = vocabulary.stream().map(Theme::id).toList();
        this.examples = List.copyOf(examples);
        KernelStems stems = KernelStems.of(examples, words);
        if (settings.labelsOnly() || examples.isEmpty()) {
            // No IDF from texts of another language: every label word of that language weighs alike.
            this.labelsOnly = words.labelTerms(stems.documents().subList(0, examples.size()).stream()
                    .map(s -> (Set<String>) new HashSet<>(s)).toList());
            this.kernel = null;
            this.meetingKernel = null;
            this.solution = null;
            this.choice = null;
            this.meetingChoice = null;
            this.meetingSolution = null;
            this.wordWeights = null;
            return;
        }
        this.labelsOnly = null;
        List<String> names = new ArrayList<>(new LinkedHashSet<>(examples.stream().map(Example::group).toList()));
        int[] groups = names.size() >= 2 ? examples.stream().mapToInt(e -> names.indexOf(e.group())).toArray()
                : java.util.stream.IntStream.range(0, examples.size()).toArray();
        boolean[] training = new boolean[examples.size()];
        Arrays.fill(training, true);
        List<Set<Integer>> gold = ThemeKernel.themeIndices(vocabulary, examples);
        // Each design's kernel and best settings; the design whose settings reach the best inner micro-F1 is taken,
        // for a provision scored on its own and for one whose meeting has decided provisions alike.
        List<ThemeKernel> kernels = new ArrayList<>();
        List<Map<Integer, InnerSelection.Choice>> chosen = new ArrayList<>();
        for (ThemeKernel.Design design : settings.designs()) {
            ThemeKernel k = new ThemeKernel(design, vocabulary, words, stems, groups, new int[examples.size()], gold,
                    training);
            kernels.add(k);
            chosen.add(InnerSelection.choose(k, training, groups, gold, design, settings.grid(),
                    new int[] {0, MEETING_PREFIX}));
        }
        int alone = InnerSelection.bestDesign(chosen, 0);
        int inMeeting = InnerSelection.bestDesign(chosen, MEETING_PREFIX);
        this.kernel = kernels.get(alone);
        this.meetingKernel = kernels.get(inMeeting);
        this.choice = chosen.get(alone).get(0);
        this.meetingChoice = chosen.get(inMeeting).getOrDefault(MEETING_PREFIX, choice);
        ThemeKernel.Design design = kernel.design();
        int[] docs = InnerSelection.documents(training, themes.size(), design.labelDocuments());
        double[] means = kernel.means(training, design.centred());
        this.solution = kernel.solve(docs, choice.fit(), means);
        this.meetingSolution = alone == inMeeting && meetingChoice.fit().equals(choice.fit()) ? solution
                : meetingKernel.solve(docs, meetingChoice.fit(), means);
        this.wordWeights = wordWeights();
    }

    private double[][] wordWeights() {
        double[][] w = new double[themes.size()][kernel.wordSpace().size()];
        int[] docs = solution.docs();
        for (int d = 0; d < docs.length; d++) {
            SparseVector x = kernel.words(docs[d]);
            for (int t = 0; t < themes.size(); t++) {
                double a = solution.alpha(d, t);
                if (a == 0) {
                    continue;
                }
                for (int k = 0; k < x.ids().length; k++) {
                    w[t][x.ids()[k]] += a * x.values()[k];
                }
            }
        }
        return w;
    }

    /** Trains on {@code examples} for the given theme vocabulary, worded by its labels. */
    public static ThemeClassifier train(List<Theme> themes, List<Example> examples, Settings settings) {
        return train(themes, List.of(), examples, settings);
    }

    /**
     * Trains on {@code examples} for the given theme vocabulary, worded by its French labels and the French ones of
     * {@code keywords} (label match and label documents).
     */
    public static ThemeClassifier train(List<Theme> themes, List<ThemeKeyword> keywords, List<Example> examples,
                                        Settings settings) {
        return new ThemeClassifier(settings, themes, ThemeWords.of(themes, keywords, Language.FRENCH), examples);
    }

    /**
     * A classifier for texts in {@code language} that have no French version: the themes' labels and keywords in that
     * language matched against the text ({@link Settings#LABELS_ONLY}); a theme with neither scores 0.
     */
    public static ThemeClassifier labelsOnly(List<Theme> themes, List<ThemeKeyword> keywords, Language language) {
        return new ThemeClassifier(Settings.LABELS_ONLY, themes, ThemeWords.of(themes, keywords, language), List.of());
    }

    /**
     * The rule that turns this classifier's ranking into predicted themes: the best one, then those whose probability
     * reaches the threshold chosen in training, up to the chosen number; for a label-only vocabulary,
     * {@link Selection#DEFAULT}.
     */
    public Selection selection() {
        return choice == null ? Selection.DEFAULT : new Selection(0, choice.threshold(), choice.max());
    }

    /** The settings training chose, in words (for {@code themes eval}). */
    public String chosen() {
        return choice == null ? settings.toString() : String.format(Locale.ROOT, "neighbours' texts %.2f ",
                kernel.design().neighbours()) + choice.describe();
    }

    /**
     * Every theme's score for {@code text}, best first (ties by theme order), as a text on its own: no neighbouring
     * provision, nothing decided in its meeting.
     */
    public List<Score> rank(String text) {
        return rank(text, List.of(), MeetingDecisions.NONE);
    }

    /** Every theme's score for {@code text} alone (no neighbouring provision), given its meeting's decisions. */
    public List<Score> rank(String text, MeetingDecisions meeting) {
        return rank(text, List.of(), meeting);
    }

    /**
     * Every theme's score for {@code text}, best first (ties by theme order), given what editors decided for the
     * earlier provisions of its meeting: once some are decided, the settings chosen for a meeting with
     * {@value #MEETING_PREFIX} decided provisions score it, the meeting's decided themes made more likely.
     * {@code neighbours} are the texts of the provisions just before and after it in its document (at most two):
     * the model reads a provision with them, as it learnt from the indexed provisions with theirs.
     */
    public List<Score> rank(String text, List<String> neighbours, MeetingDecisions meeting) {
        FrenchTerms.Terms terms = ThemeTerms.analyse(text, language);
        Set<String> stems = new HashSet<>(terms.stems());
        Map<String, String> written = terms.written();
        List<Score> out = new ArrayList<>();
        if (kernel == null) {
            double[] label = labelsOnly.scores(stems);
            for (int t = 0; t < themes.size(); t++) {
                out.add(new Score(themes.get(t), label[t], 0, 0, label[t], List.of(),
                        words(null, labelsOnly.said(t, stems), written, null)));
            }
        } else {
            boolean decided = meeting.provisions() > 0;
            List<List<String>> near = neighbours.stream().map(n -> ThemeTerms.analyse(n, language).stems()).toList();
            double[] smoothed = (decided ? meetingKernel : kernel).textRow(terms.stems(), near);
            // Reasons name the examples the text itself resembles, its neighbours left out.
            double[] row = kernel.plainRow(terms.stems());
            InnerSelection.Choice c = decided ? meetingChoice : choice;
            double[] regression = (decided ? meetingSolution : solution).predict(smoothed);
            double[] label = kernel.labelMatch(stems);
            double[] p = c.calibrated(c.context().withPrior(c.blended(regression, label), meetingShare(meeting)));
            List<Integer> nearest = nearest(row);
            double total = nearest.stream().mapToDouble(n -> Math.max(0, row[n])).sum();
            SparseVector x = kernel.wordSpace().vector(TfIdfSpace.features(terms.stems(), kernel.design().bigrams(), 0));
            for (int t = 0; t < themes.size(); t++) {
                String theme = themes.get(t);
                double share = 0;
                List<SimilarProvision> similar = new ArrayList<>();
                for (int n : nearest) {
                    if (examples.get(n).themes().contains(theme)) {
                        share += Math.max(0, row[n]);
                        similar.add(new SimilarProvision(examples.get(n).id(), examples.get(n).label()));
                    }
                }
                out.add(new Score(theme, p[t], total > 0 ? share / total : 0, regression[t], label[t],
                        List.copyOf(similar.subList(0, Math.min(3, similar.size()))),
                        words(x, kernel.labels().said(t, stems), written, wordWeights[t]),
                        decided ? meeting.with(theme) : 0, meeting.provisions()));
            }
        }
        out.sort(Comparator.comparingDouble(Score::score).reversed());
        return out;
    }

    /** The share of the meeting's decided provisions with each theme (all 0 when none is decided). */
    private double[] meetingShare(MeetingDecisions meeting) {
        double[] share = new double[themes.size()];
        for (int t = 0; t < share.length && meeting.provisions() > 0; t++) {
            share[t] = meeting.with(themes.get(t)) / (double) meeting.provisions();
        }
        return share;
    }

    /** The {@value #NEIGHBOURS} examples most similar to a text with kernel row {@code row}, most similar first. */
    private List<Integer> nearest(double[] row) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(i);
        }
        all.sort(Comparator.comparingDouble((Integer i) -> -row[i]).thenComparing(i -> i));
        return all.subList(0, Math.min(NEIGHBOURS, all.size()));
    }

    /**
     * The words that say the theme's label, then those of the stem and bigram features contributing most to its
     * regression score: three in all, as the text writes them. Words most provisions say ({@code ainsi},
     * {@code parties devraient}) are left out: they may weigh, but they explain nothing to a reader.
     */
    private List<String> words(SparseVector x, List<String> said, Map<String, String> written, double[] w) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        said.forEach(stem -> {
            if (used.add(stem)) {
                out.add(written.getOrDefault(stem, stem));
            }
        });
        if (x != null) {
            TfIdfSpace space = kernel.wordSpace();
            List<Integer> idx = new ArrayList<>();
            for (int k = 0; k < x.ids().length; k++) {
                if (w[x.ids()[k]] > 0 && space.distinctive(x.ids()[k])) {
                    idx.add(k);
                }
            }
            idx.sort(Comparator.comparingDouble((Integer k) -> -x.values()[k] * w[x.ids()[k]]).thenComparing(k -> k));
            for (int k : idx) {
                List<String> stems = List.of(space.name(x.ids()[k]).split("_"));
                if (stems.stream().anyMatch(used::contains)) {
                    continue; // "lutte contre" after "lutte" says nothing new
                }
                used.addAll(stems);
                out.add(String.join(" ", stems.stream().map(stem -> written.getOrDefault(stem, stem)).toList()));
            }
        }
        return out.stream().limit(3).toList();
    }
}
