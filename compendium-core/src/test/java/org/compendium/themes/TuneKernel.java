package org.compendium.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Provision;
import org.compendium.model.Theme;

/** A manual run (not a test): nested figures of kernel model variants. */
final class TuneKernel {
    private TuneKernel() {
    }

    public static void main(String[] args) {
        if (args.length == 3 && args[0].equals("pair")) {
            // The paired bootstrap of compare, from the '# meeting' lines two runs printed (base, variant).
            paired(meetingLines(args[1]), meetingLines(args[2]));
            return;
        }
        IndexImport.Result r = IndexImport.resolve(SeedCompendium.COMPENDIUM);
        List<Theme> themes = r.themes();
        TrainingSet set = TrainingSet.of(SeedCompendium.COMPENDIUM, r.links());
        if (args.length == 1 && args[0].equals("train")) {
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                ThemeClassifier c = ThemeClassifier.train(themes, set.examples(), ThemeClassifier.Settings.DEFAULT);
                long t1 = System.nanoTime();
                var ranked = c.rank(set.examples().getFirst().text());
                System.out.printf("train %d ms, rank %d ms, chosen %s, top %s %s%n", (t1 - t0) / 1_000_000,
                        (System.nanoTime() - t1) / 1_000_000, c.chosen(), ranked.getFirst().themeId(), ranked.getFirst().words());
            }
            return;
        }
        if (args.length == 1 && args[0].equals("mentions")) {
            mentions(themes, set);
            return;
        }
        if (args.length >= 1 && args[0].equals("learning")) {
            int[] sizes = java.util.Arrays.stream(System.getProperty("sizes", "3,5,7,9,11").split(","))
                    .mapToInt(Integer::parseInt).toArray();
            ThemeWords words = ThemeWords.of(themes, KeywordList.builtIn(), org.compendium.model.Language.FRENCH);
            List<LearningCurve.Point> points = LearningCurve.run(themes, words, set, ThemeClassifier.Settings.DEFAULT,
                    sizes, Integer.getInteger("repeats", 4), 7L);
            points.forEach(System.out::println);
            if (points.size() >= 2) {
                double[] targets = {0.70, 0.90, 0.95};
                List<java.util.function.ToDoubleFunction<LearningCurve.Point>> figures = List.of(
                        LearningCurve.Point::microF1, LearningCurve.Point::recallAt5, LearningCurve.Point::recallAt10);
                String[] names = {"micro-F1", "recall@5", "recall@10"};
                for (int f = 0; f < 3; f++) {
                    LearningCurve.LogFit fit = LearningCurve.LogFit.of(points, figures.get(f));
                    List<NestedEvaluation.Interval> ci = LearningCurve.LogFit.intervals(points, f, targets[f]);
                    System.out.printf(java.util.Locale.ROOT, "%s = %.4f + %.4f ln m: +%.4f a doubling %s, %.2f at %.0f "
                                    + "meetings [%.0f, %.0f]%n", names[f], fit.intercept(), fit.slope(), fit.perDoubling(),
                            ci.get(0), targets[f], fit.meetingsFor(targets[f]), ci.get(1).low(), ci.get(1).high());
                }
            }
            return;
        }
        if (args.length == 1 && args[0].equals("compare")) {
            // The baseline: -DbaseDesigns (default: the model before neighbours' texts, one design without them).
            String designs = System.getProperty("designs");
            System.setProperty("designs", System.getProperty("baseDesigns", "true,4,0.3,0,0,0,true,true"));
            NestedEvaluation.Result base = overridden(themes, set);
            if (designs == null) {
                System.clearProperty("designs");
            } else {
                System.setProperty("designs", designs);
            }
            compare(base, overridden(themes, set), set);
            return;
        }
        if (args.length == 0) {
            long t0 = System.nanoTime();
            NestedEvaluation.Result e = System.getProperty("contexts") == null && System.getProperty("designs") == null
                    && !Boolean.getBoolean("kinds")
                    ? NestedEvaluation.run(themes, KeywordList.builtIn(), set) : overridden(themes, set);
            System.out.printf("# %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            String p = "themes.nested.";
            System.out.printf(java.util.Locale.ROOT, "%smicro.precision=%.4f%n%smicro.recall=%.4f%n%smicro.f1=%.4f%n%smacro.f1=%.4f%n"
                    + "%srecallAt5=%.4f%n%srecallAt10=%.4f%n", p, e.micro().precision(), p, e.micro().recall(), p,
                    e.micro().f1(), p, e.macro().f1(), p, e.recallAt5(), p, e.recallAt10());
            System.out.printf(java.util.Locale.ROOT, "%smeanProbability=%.4f%n", p, e.meanProbability());
            e.intervals().forEach((k, i) -> System.out.printf(java.util.Locale.ROOT, "%s%s.low=%.4f%n%s%s.high=%.4f%n", p, k, i.low(), p, k, i.high()));
            e.curve().forEach((k, f) -> System.out.printf(java.util.Locale.ROOT, "%scurve.k%d=%.4f%n", p, k, f.f1()));
            e.sameSet().forEach((k, f) -> System.out.printf(java.util.Locale.ROOT, "%scurve.sameSet.k%d=%.4f%n", p, k, f.f1()));
            e.revealedBound().forEach((k, f) -> System.out.printf(java.util.Locale.ROOT, "# bound, revealed themes added k%d=%.4f%n", k, f.f1()));
            System.out.printf(java.util.Locale.ROOT, "# bound, number of themes known %.4f%n", e.countBound().f1());
            e.meetings().forEach(m -> System.out.printf("# meeting %d %d %d %d %d %d%n", m.tp(), m.fp(), m.fn(),
                    m.hits5(), m.hits10(), m.links()));
            for (int c = 1; c < NestedEvaluation.CURVE.length; c++) {
                for (List<Evaluation.ThemeCounts> m : e.curveMeetings()) {
                    Evaluation.ThemeCounts x = m.get(c);
                    System.out.printf("# curve%d meeting %d %d %d 0 0 %d%n", NestedEvaluation.CURVE[c], x.tp(), x.fp(),
                            x.fn(), x.tp() + x.fn());
                }
            }
            if (Boolean.getBoolean("choices")) {
                e.choices().forEach((g, c) -> System.out.println("#   " + g + ": " + c));
            }
            curveGain(e);
            if (Boolean.getBoolean("misses")) {
                misses(e, themes, set);
            }
            return;
        }
        Map<String, Integer> kindOf = new HashMap<>();
        for (Provision p : SeedCompendium.COMPENDIUM.provisions()) {
            kindOf.put(p.citation().toString(), p.kind().ordinal());
        }
        int[] kinds = set.examples().stream().mapToInt(e -> kindOf.get(e.id())).toArray();
        double[] lambdas = parse(System.getProperty("lambdas", "0.3,1,3"));
        double[] labelWeights = parse(System.getProperty("labelWeights", "1,3"));
        double[] groupsK = parse(System.getProperty("groups", "0"));
        List<ThemeKernel.Fit> fits = new ArrayList<>();
        for (double l : lambdas) {
            for (double w : labelWeights) {
                for (double g : groupsK) {
                    fits.add(new ThemeKernel.Fit(l, w, g));
                }
            }
        }
        InnerSelection.Grid grid = new InnerSelection.Grid(fits, parse(System.getProperty("blends", "0,0.1,0.2,0.3,0.4")),
                parse(System.getProperty("thresholds", "0.15,0.2,0.25,0.3,0.35,0.4,0.45,0.5")), new int[] {3, 4, 5},
                Double.parseDouble(System.getProperty("shrink", "10")), contexts(System.getProperty("contexts", "0:0")));
        for (String v : args) {
            String[] f = v.split(",");
            ThemeKernel.Design d = new ThemeKernel.Design(Boolean.parseBoolean(f[0]), Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Boolean.parseBoolean(f[6]), Boolean.parseBoolean(f[7]));
            long t0 = System.nanoTime();
            List<org.compendium.model.ThemeKeyword> keywords = System.getProperty("keywords") == null ? List.of()
                    : KeywordList.builtIn();
            ThemeWords words = ThemeWords.of(themes, keywords, org.compendium.model.Language.FRENCH);
            if (Boolean.getBoolean("keywordDocuments")) {
                words = words.withKeywordDocuments();
            }
            NestedEvaluation.Result e = NestedEvaluation.run(themes, words, set, kinds, d, grid);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("%s  micro %.4f (P %.4f R %.4f) macro %.4f r@5 %.4f r@10 %.4f  CI %s  curve %s  %d ms%n",
                    v, e.micro().f1(), e.micro().precision(), e.micro().recall(), e.macro().f1(), e.recallAt5(),
                    e.recallAt10(), e.intervals(), curve(e), ms);
            if (Boolean.getBoolean("perTheme")) {
                e.perTheme().entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().fn() + b.getValue().fp(), a.getValue().fn() + a.getValue().fp()))
                        .limit(30).forEach(x -> System.out.printf("   %-60.60s tp %3d fp %3d fn %3d%n", x.getKey(), x.getValue().tp(), x.getValue().fp(), x.getValue().fn()));
            }
            if (Boolean.getBoolean("choices")) {
                e.choices().forEach((g, c) -> System.out.println("   " + g + ": " + c));
            }
        }
    }

    /**
     * Themes whose words a provision can say without the index giving it the theme: for each, among the provisions
     * that say them (a pattern of the theme's own words), how many have the theme, what the rule "the theme iff the
     * text says it" scores, and how well the held-out probability of the nested evaluation tells those with the theme
     * from those without (AUC, pooled over the themes, 95% bootstrap over meetings).
     */
    private static void mentions(List<Theme> themes, TrainingSet set) {
        String[][] rules = {
                {"Protocole contre le trafic illicite", "\\bprotocoles?\\b"},
                {"Convention des Nations Unies contre la criminalité organisée",
                        "convention (des nations unies )?contre la criminalité transnationale organisée"},
                {"Office des Nations Unies contre la drogue", "onudc|onudd|office des nations unies contre la drogue|secrétariat"},
                {"Conférence des Parties à la Convention", "conférence|groupe de travail"},
                {"Échange d'informations", "\\binformations?\\b"},
                {"Législation", "législati|\\blois?\\b"},
                {"Assistance technique", "assistance technique"},
                {"Coopération internationale", "coopér"},
                {"Formation et renforcement des capacités", "formation|capacités"},
                {"Identité et documents de voyage", "documents? (d'identité|de voyage)"}};
        NestedEvaluation.Result e = NestedEvaluation.run(themes, KeywordList.builtIn(), set);
        List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(set.groups()));
        List<double[]> items = new ArrayList<>(); // rule, group, has, probability
        for (int r = 0; r < rules.length; r++) {
            String prefix = rules[r][0];
            int t = java.util.stream.IntStream.range(0, themes.size()).filter(x -> themes.get(x).label("fr").startsWith(prefix))
                    .findFirst().orElseThrow(() -> new IllegalStateException(prefix));
            java.util.regex.Pattern says = java.util.regex.Pattern.compile(rules[r][1]);
            int with = 0;
            int without = 0;
            int unsaid = 0;
            for (int i = 0; i < set.examples().size(); i++) {
                ThemeClassifier.Example x = set.examples().get(i);
                boolean has = x.themes().contains(themes.get(t).id());
                if (says.matcher(x.text().toLowerCase(java.util.Locale.ROOT)).find()) {
                    if (has) {
                        with++;
                    } else {
                        without++;
                    }
                    items.add(new double[] {r, names.indexOf(set.groups().get(i)), has ? 1 : 0, e.probabilities().get(i)[t]});
                } else if (has) {
                    unsaid++;
                }
            }
            Evaluation.Figures rule = new Evaluation.ThemeCounts(with, without, unsaid).figures();
            Evaluation.Figures model = e.perTheme().get(themes.get(t).id()).figures();
            System.out.printf(java.util.Locale.ROOT, "%-45.45s says %3d: with %3d without %3d (theme unsaid %2d)  rule F1 %.4f  model F1 %.4f  AUC %.4f%n",
                    prefix, with + without, with, without, unsaid, rule.f1(), model.f1(), auc(items, r, new int[names.size()], true));
        }
        int[] ones = new int[names.size()];
        java.util.Arrays.fill(ones, 1);
        double pooled = auc(items, -1, ones, false);
        java.util.SplittableRandom random = new java.util.SplittableRandom(NestedEvaluation.SEED);
        double[] v = new double[NestedEvaluation.BOOTSTRAP];
        for (int b = 0; b < v.length; b++) {
            int[] weight = new int[names.size()];
            for (int j = 0; j < names.size(); j++) {
                weight[random.nextInt(names.size())]++;
            }
            v[b] = auc(items, -1, weight, false);
        }
        java.util.Arrays.sort(v);
        long pos = items.stream().filter(x -> x[2] == 1).count();
        System.out.printf(java.util.Locale.ROOT, "pooled: %d provision-theme pairs that say the theme (%d with it, %d without); AUC %.4f, 95%% CI [%.4f, %.4f]%n",
                items.size(), pos, items.size() - pos, pooled, v[(int) Math.floor(0.025 * (v.length - 1))], v[(int) Math.ceil(0.975 * (v.length - 1))]);
    }

    /** The AUC of the items of rule {@code only} (all when negative), pairs within a rule, meetings weighted. */
    private static double auc(List<double[]> items, int only, int[] weight, boolean unweighted) {
        double num = 0;
        double den = 0;
        for (double[] a : items) {
            if (a[2] != 1 || (only >= 0 && a[0] != only)) {
                continue;
            }
            for (double[] b : items) {
                if (b[2] != 0 || b[0] != a[0]) {
                    continue;
                }
                double w = unweighted ? 1 : weight[(int) a[1]] * (double) weight[(int) b[1]];
                den += w;
                num += w * (a[3] > b[3] ? 1 : a[3] == b[3] ? 0.5 : 0);
            }
        }
        return den == 0 ? Double.NaN : num / den;
    }

    /**
     * The difference a variant makes against the chosen model, with a 95% interval by a paired bootstrap over the
     * held-out meetings (the same resampled meetings for both, 2000 resamples, seed 42): whether a variant beats the
     * model by more than the meetings' spread, which the two models share.
     */
    private static void compare(NestedEvaluation.Result base, NestedEvaluation.Result variant, TrainingSet set) {
        paired(base.meetings(), variant.meetings());
        System.out.println("# variant curve " + curve(variant));
        curveGain(variant);
    }

    /** Each held-out meeting's counts, from the {@code # meeting tp fp fn hits5 hits10 links} lines of a run. */
    private static List<NestedEvaluation.MeetingFigures> meetingLines(String file) {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)).stream()
                    .filter(l -> l.startsWith(System.getProperty("prefix", "# meeting ")))
                    .map(l -> l.substring(System.getProperty("prefix", "# meeting ").length()).trim().split(" +"))
                    .map(f -> new NestedEvaluation.MeetingFigures(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                            Integer.parseInt(f[5]))).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The paired bootstrap of two models' held-out meetings (same order). With {@code -Dmeetings=G} each resample
     * draws G meetings instead of as many as there are: the interval that G meetings like these would give (a
     * projection, which assumes further meetings differ as these do).
     */
    private static void paired(List<NestedEvaluation.MeetingFigures> a, List<NestedEvaluation.MeetingFigures> b) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(NestedEvaluation.SEED);
        String[] names = {"micro-F1", "recall@5", "recall@10"};
        double[][] d = new double[3][NestedEvaluation.BOOTSTRAP];
        int size = Integer.getInteger("meetings", a.size());
        for (int r = 0; r < NestedEvaluation.BOOTSTRAP; r++) {
            int[] pick = new int[size];
            for (int j = 0; j < pick.length; j++) {
                pick[j] = random.nextInt(a.size());
            }
            double[] fa = figures(a, pick);
            double[] fb = figures(b, pick);
            for (int f = 0; f < 3; f++) {
                d[f][r] = fb[f] - fa[f];
            }
        }
        int[] all = java.util.stream.IntStream.range(0, a.size()).toArray();
        double[] fa = figures(a, all);
        double[] fb = figures(b, all);
        for (int f = 0; f < 3; f++) {
            double[] v = d[f];
            java.util.Arrays.sort(v);
            long below = java.util.Arrays.stream(v).filter(x -> x <= 0).count();
            System.out.printf(java.util.Locale.ROOT, "%s %.4f -> %.4f: %+.4f, paired 95%% CI [%+.4f, %+.4f], share of resamples <= 0: %.3f%n",
                    names[f], fa[f], fb[f], fb[f] - fa[f], v[(int) Math.floor(0.025 * (v.length - 1))],
                    v[(int) Math.ceil(0.975 * (v.length - 1))], below / (double) v.length);
        }
        for (int j = 0; j < a.size(); j++) {
            double[] x = figures(a, new int[] {j});
            double[] y = figures(b, new int[] {j});
            System.out.printf(java.util.Locale.ROOT, "#   meeting %2d: micro-F1 %.4f -> %.4f%n", j, x[0], y[0]);
        }
    }

    /** The editor's curve's rise from k = 0, the model's and the oracle's, with intervals ({@link NestedEvaluation.Result#rise}). */
    static void curveGain(NestedEvaluation.Result e) {
        for (int c = 1; c < NestedEvaluation.CURVE.length; c++) {
            NestedEvaluation.CurveRise r = e.rise(NestedEvaluation.CURVE[c]);
            System.out.printf(java.util.Locale.ROOT, "# curve k=%d - k=0: model %+.4f %s; oracle %+.4f %s, share of "
                            + "resamples where the oracle rises less than +0.05: %.4f; model/oracle %.2f%n",
                    NestedEvaluation.CURVE[c], r.model(), r.modelInterval(), r.oracle(), r.oracleInterval(),
                    r.oracleShortOfTarget(), r.model() / r.oracle());
        }
    }

    /**
     * Per theme, its links in the index, how many of them its held-out ranking (k = 0) puts below 5th and below 10th,
     * and the meetings that have it: which themes the recall@5 gap is made of, and whether they are rare ones.
     */
    static void misses(NestedEvaluation.Result e, List<Theme> themes, TrainingSet set) {
        int n = themes.size();
        int[] links = new int[n];
        int[] below5 = new int[n];
        int[] below10 = new int[n];
        List<java.util.Set<String>> meetings = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            meetings.add(new java.util.TreeSet<>());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < n; t++) {
            index.put(themes.get(t).id(), t);
        }
        for (int i = 0; i < set.examples().size(); i++) {
            Integer[] order = InnerSelection.ranking(e.probabilities().get(i));
            int[] rank = new int[n];
            for (int r = 0; r < n; r++) {
                rank[order[r]] = r;
            }
            for (String id : set.examples().get(i).themes()) {
                Integer t = index.get(id);
                if (t == null) {
                    continue;
                }
                links[t]++;
                meetings.get(t).add(set.groups().get(i));
                below5[t] += rank[t] >= 5 ? 1 : 0;
                below10[t] += rank[t] >= 10 ? 1 : 0;
            }
        }
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(order, (x, y) -> below5[y] != below5[x] ? Integer.compare(below5[y], below5[x])
                : Integer.compare(x, y));
        int total5 = java.util.Arrays.stream(below5).sum();
        int total10 = java.util.Arrays.stream(below10).sum();
        System.out.printf("# misses: %d links below 5th, %d below 10th%n", total5, total10);
        for (int r = 0; r < n && below5[order[r]] > 0; r++) {
            int t = order[r];
            System.out.printf(java.util.Locale.ROOT, "#  %-70.70s links %3d meetings %2d  >5th %3d  >10th %3d%n",
                    themes.get(t).label("fr"), links[t], meetings.get(t).size(), below5[t], below10[t]);
        }
    }

    /** Micro-F1, recall@5 and recall@10 of the meetings at {@code pick} (with repeats). */
    private static double[] figures(List<NestedEvaluation.MeetingFigures> m, int[] pick) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int h5 = 0;
        int h10 = 0;
        int links = 0;
        for (int j : pick) {
            NestedEvaluation.MeetingFigures x = m.get(j);
            tp += x.tp();
            fp += x.fp();
            fn += x.fn();
            h5 += x.hits5();
            h10 += x.hits10();
            links += x.links();
        }
        return new double[] {new Evaluation.ThemeCounts(tp, fp, fn).figures().f1(), h5 / (double) links,
                h10 / (double) links};
    }

    /** The default design and grid, the designs and meeting contexts of the system properties instead. */
    private static NestedEvaluation.Result overridden(List<Theme> themes, TrainingSet set) {
        ThemeClassifier.Settings d = ThemeClassifier.Settings.DEFAULT;
        InnerSelection.Grid g = d.grid();
        InnerSelection.Grid grid = new InnerSelection.Grid(g.fits(), g.blends(), g.thresholds(), g.maxima(),
                g.shrink(), System.getProperty("contexts") == null ? g.contexts() : contexts(System.getProperty("contexts")));
        List<ThemeKernel.Design> designs = System.getProperty("designs") == null ? d.designs()
                : java.util.Arrays.stream(System.getProperty("designs").split(";")).map(TuneKernel::design).toList();
        Map<String, Integer> kindOf = new HashMap<>();
        for (Provision p : SeedCompendium.COMPENDIUM.provisions()) {
            kindOf.put(p.citation().toString(), p.kind().ordinal());
        }
        int[] kinds = Boolean.getBoolean("kinds") ? set.examples().stream().mapToInt(e -> kindOf.get(e.id())).toArray()
                : new int[set.examples().size()];
        return NestedEvaluation.run(themes, ThemeWords.of(themes, KeywordList.builtIn(), org.compendium.model.Language.FRENCH),
                set, kinds, designs, grid);
    }

    /** A design written {@code bigrams,charGram,charWeight,kind,neighbours,parent,labelDocuments,centred}. */
    private static ThemeKernel.Design design(String v) {
        String[] f = v.split(",");
        return new ThemeKernel.Design(Boolean.parseBoolean(f[0]), Integer.parseInt(f[1]),
                Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Boolean.parseBoolean(f[6]), Boolean.parseBoolean(f[7]));
    }

    private static String curve(NestedEvaluation.Result e) {
        StringBuilder sb = new StringBuilder();
        e.curve().forEach((k, f) -> sb.append(String.format("k%d=%.4f ", k, f.f1())));
        sb.append(" same set: ");
        e.sameSet().forEach((k, f) -> sb.append(String.format("k%d=%.4f ", k, f.f1())));
        return sb.toString();
    }

    /** Meeting contexts written {@code prior:neighbours,prior:neighbours}. */
    private static List<MeetingContext> contexts(String s) {
        List<MeetingContext> out = new ArrayList<>();
        for (String c : s.split(",")) {
            String[] pn = c.split(":");
            out.add(new MeetingContext(Double.parseDouble(pn[0]), Double.parseDouble(pn[1])));
        }
        return out;
    }

    private static double[] parse(String s) {
        String[] p = s.split(",");
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Double.parseDouble(p[i]);
        }
        return out;
    }
}
