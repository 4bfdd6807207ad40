package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.concurrent.Callable;
import org.compendium.model.Theme;
import org.compendium.themes.Evaluation;
import org.compendium.themes.IndexConsistency;
import org.compendium.themes.LeaveOneGroupOut;
import org.compendium.themes.Selection;
import org.compendium.themes.ThemeClassifier;
import org.compendium.themes.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code themes eval} command: leave-one-meeting-out evaluation of the suggestions against the imported index. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Leave-one-meeting-out evaluation over the imported index: micro and macro precision, recall, "
                + "F1 at the chosen threshold and recall@5, overall and per theme.")
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
        List<String> ids = themes.stream().map(Theme::id).toList();
        List<List<ThemeClassifier.Score>> rankings = LeaveOneGroupOut.rankings(themes, set, ThemeClassifier.Settings.DEFAULT);
        Evaluation e = Evaluation.of(ids, set.examples(), rankings, Selection.DEFAULT);
        out.printf(Locale.ROOT, "%-60s %4s %4s %4s  %6s %6s %6s%n", "theme", "tp", "fp", "fn", "P", "R", "F1");
        for (Map.Entry<String, Evaluation.ThemeCounts> t : e.perTheme().entrySet()) {
            Evaluation.ThemeCounts c = t.getValue();
            Evaluation.Figures f = c.figures();
            out.printf(Locale.ROOT, "%-60s %4d %4d %4d  %6.4f %6.4f %6.4f%n", t.getKey(), c.tp(), c.fp(), c.fn(),
                    f.precision(), f.recall(), f.f1());
        }
        out.printf(Locale.ROOT, "provisions %d (leave one meeting or session out, %s, %s)%n", e.provisions(),
                ThemeClassifier.Settings.DEFAULT, Selection.DEFAULT);
        out.printf(Locale.ROOT, "micro  P %.4f  R %.4f  F1 %.4f%n", e.micro().precision(), e.micro().recall(), e.micro().f1());
        out.printf(Locale.ROOT, "macro  P %.4f  R %.4f  F1 %.4f%n", e.macro().precision(), e.macro().recall(), e.macro().f1());
        out.printf(Locale.ROOT, "recall@5 %.4f%n", e.recallAt5());
        // The index's agreement with itself bounds what any suggester can score against it: print both on the
        // provisions that have a near-identical twin elsewhere.
        IndexConsistency consistency = IndexConsistency.of(set, IndexConsistency.NEAR_IDENTICAL);
        ThemesConsistencyCommand.print(out, consistency);
        Set<String> twins = consistency.pairs().stream().map(p -> p.provision().id()).collect(Collectors.toSet());
        List<Integer> onTwins = IntStream.range(0, set.examples().size())
                .filter(i -> twins.contains(set.examples().get(i).id())).boxed().toList();
        Evaluation twinsEval = Evaluation.of(ids, onTwins.stream().map(set.examples()::get).toList(),
                onTwins.stream().map(rankings::get).toList(), Selection.DEFAULT);
        out.printf(Locale.ROOT, "on those %d provisions the suggestions score micro P %.4f R %.4f F1 %.4f%n",
                onTwins.size(), twinsEval.micro().precision(), twinsEval.micro().recall(), twinsEval.micro().f1());
        out.flush();
        return ExitCodes.OK;
    }
}
