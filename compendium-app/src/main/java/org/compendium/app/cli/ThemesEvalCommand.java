package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.compendium.model.Theme;
import org.compendium.themes.Evaluation;
import org.compendium.themes.IndexConsistency;
import org.compendium.themes.NestedEvaluation;
import org.compendium.themes.ThemeClassifier;
import org.compendium.themes.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code themes eval} command: nested leave-one-meeting-out evaluation of the suggestions against the imported
 * index, with bootstrap intervals and the editor's curve.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Nested leave-one-meeting-out evaluation over the imported index (every setting chosen on the "
                + "other meetings only): micro and macro precision, recall, F1, recall@5 and @10 with 95%% bootstrap "
                + "intervals, per theme, and the editor's curve (the first k provisions of each meeting revealed).")
public final class ThemesEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<IndexedCompendium> indexed = IndexedCompendium.load(spec);
        if (indexed.isEmpty()) {
            return ExitCodes.PARTIAL;
        }
        List<Theme> themes = indexed.get().themes();
        TrainingSet set = indexed.get().set();
        NestedEvaluation.Result e = NestedEvaluation.run(themes, indexed.get().keywords(), set);
        out.printf(Locale.ROOT, "%-60s %4s %4s %4s  %6s %6s %6s%n", "theme", "tp", "fp", "fn", "P", "R", "F1");
        for (Map.Entry<String, Evaluation.ThemeCounts> t : e.perTheme().entrySet()) {
            Evaluation.ThemeCounts c = t.getValue();
            Evaluation.Figures f = c.figures();
            out.printf(Locale.ROOT, "%-60s %4d %4d %4d  %6.4f %6.4f %6.4f%n", t.getKey(), c.tp(), c.fp(), c.fn(),
                    f.precision(), f.recall(), f.f1());
        }
        long groups = set.groups().stream().distinct().count();
        out.printf(Locale.ROOT, "provisions %d, %d meetings and sessions: nested leave one out, every setting chosen "
                + "by leave-one-out over the other %d (%s; %s)%n", e.provisions(), groups, groups - 1,
                ThemeClassifier.Settings.DEFAULT, Counts.of(indexed.get().keywords().size(), "keyword"));
        Map<String, NestedEvaluation.Interval> ci = e.intervals();
        out.printf(Locale.ROOT, "micro  P %.4f  R %.4f  F1 %.4f  95%% CI %s%n", e.micro().precision(),
                e.micro().recall(), e.micro().f1(), ci.get("micro.f1"));
        out.printf(Locale.ROOT, "macro  P %.4f  R %.4f  F1 %.4f  95%% CI %s%n", e.macro().precision(),
                e.macro().recall(), e.macro().f1(), ci.get("macro.f1"));
        out.printf(Locale.ROOT, "recall@5 %.4f  95%% CI %s%n", e.recallAt5(), ci.get("recallAt5"));
        out.printf(Locale.ROOT, "recall@10 %.4f  95%% CI %s%n", e.recallAt10(), ci.get("recallAt10"));
        out.printf(Locale.ROOT, "calibration: the predicted themes' mean probability %.4f, their precision %.4f%n",
                e.meanProbability(), e.micro().precision());
        out.printf(Locale.ROOT, "(intervals: %d bootstrap resamples of the %d held-out meetings and sessions, seed %d)%n",
                NestedEvaluation.BOOTSTRAP, groups, NestedEvaluation.SEED);
        out.println("editor's curve, micro-F1 with the index's themes of the first k provisions of each meeting "
                + "revealed:");
        out.println("  the rest scored: " + curve(e.curve()));
        out.println("  the same provisions for every k (those after the 8th of each meeting): " + curve(e.sameSet()));
        out.println("  bound: the rest, each given its own themes among the revealed ones (an oracle): "
                + curve(e.revealedBound()));
        out.printf(Locale.ROOT, "  rise from k=0 (95%% CI over meetings; target +%.2f at k=4):%n",
                NestedEvaluation.CURVE_TARGET);
        for (int k : NestedEvaluation.CURVE) {
            if (k > 0) {
                NestedEvaluation.CurveRise r = e.rise(k);
                out.printf(Locale.ROOT, "    k=%d  model %+.4f %s  oracle %+.4f %s  (the oracle short of +%.2f in "
                                + "%.1f%% of resamples)%n", k, r.model(), r.modelInterval(), r.oracle(),
                        r.oracleInterval(), NestedEvaluation.CURVE_TARGET, 100 * r.oracleShortOfTarget());
            }
        }
        out.printf(Locale.ROOT, "bound: micro-F1 had each provision's number of themes been known (its best-ranked ones) %.4f%n",
                e.countBound().f1());
        out.println("settings chosen for each held-out meeting (k = 0):");
        e.choices().forEach((fold, chosen) -> {
            if (fold.endsWith(" k=0")) {
                out.println("  " + fold.substring(0, fold.length() - 4) + ": " + chosen);
            }
        });
        // The index's agreement with itself bounds what any suggester can score against it: print both on the
        // provisions that have a near-identical twin elsewhere.
        IndexConsistency consistency = IndexConsistency.of(set, IndexConsistency.NEAR_IDENTICAL);
        ThemesConsistencyCommand.print(out, consistency);
        Set<String> twins = consistency.pairs().stream().map(p -> p.provision().id()).collect(Collectors.toSet());
        List<Integer> onTwins = IntStream.range(0, set.examples().size())
                .filter(i -> twins.contains(set.examples().get(i).id())).boxed().toList();
        Evaluation.Figures twinsEval = e.micro(set, onTwins);
        out.printf(Locale.ROOT, "on those %d provisions the suggestions score micro P %.4f R %.4f F1 %.4f%n",
                onTwins.size(), twinsEval.precision(), twinsEval.recall(), twinsEval.f1());
        out.flush();
        return ExitCodes.OK;
    }

    private static String curve(Map<Integer, Evaluation.Figures> curve) {
        return curve.entrySet().stream()
                .map(k -> String.format(Locale.ROOT, "k=%d %.4f", k.getKey(), k.getValue().f1()))
                .collect(Collectors.joining("  "));
    }
}
