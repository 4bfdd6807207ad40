package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.themes.Evaluation;
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
        List<Theme> themes;
        List<ThemeLink> links;
        List<ParsedDocument> compendiums;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            themes = store.themes().themes();
            links = store.themes().links();
            compendiums = store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM));
        }
        if (links.isEmpty() || compendiums.isEmpty()) {
            spec.commandLine().getErr().println("no theme index in the store; run `compendium themes import` first");
            return ExitCodes.PARTIAL;
        }
        TrainingSet set = TrainingSet.of(compendiums.getFirst(), links);
        Evaluation e = LeaveOneGroupOut.evaluate(themes, set,
                ThemeClassifier.Settings.DEFAULT, Selection.DEFAULT);
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
        out.flush();
        return ExitCodes.OK;
    }
}
