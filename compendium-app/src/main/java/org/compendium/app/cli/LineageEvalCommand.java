package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.Lineage;
import org.compendium.links.LineageEvaluation;
import org.compendium.links.MandateEvaluation;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code lineage eval} command: lineage found over the whole store against the hand-made gold of the seeds. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures the lineage found over every stored provision against the gold (lineage-gold.tsv): "
                + "precision and recall of the pairs, of each type, the share typed right, and the figures at other floors."})
public final class LineageEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    LineageCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LineageEvaluation.Figures f;
        try (DocumentStore store = CompendiumCommand.openStore(spec); ProvisionSearch search = parent.root.openSearch()) {
            f = LineageEvaluation.run(store, search);
        }
        if (f.pairs().found() == 0) {
            spec.commandLine().getErr().println("no lineage found in the store; ingest the seeds first "
                    + "(`compendium ingest ../shared/corpus/fr`)");
            return ExitCodes.PARTIAL;
        }
        out.printf(Locale.ROOT, "gold: %d pairs; floor %.2f (adapts), %.2f (reproduces)%n", f.pairs().gold(), Lineage.ADAPTS,
                Lineage.REPRODUCES);
        out.println(line("lineage", f.pairs()));
        out.println(line("reproduces", f.reproduces()));
        out.println(line("adapts", f.adapts()));
        out.printf(Locale.ROOT, "type right: %d of %d pairs found in the gold (%.4f)%n", f.typeRight(), f.typed(), f.typeAccuracy());
        out.println("by floor:");
        for (int i = 0; i < f.sweep().size(); i++) {
            out.println("  " + line(String.format(Locale.ROOT, "%.2f", LineageEvaluation.floors()[i]), f.sweep().get(i)));
        }
        f.missed().forEach((pair, score) -> out.printf(Locale.ROOT, "missed: %s (alignment %.4f)%n", pair, score));
        f.wrong().forEach(l -> out.printf(Locale.ROOT, "not in the gold: %s (%s %.4f)%n", l.pair(), l.type().code(), l.score()));
        out.flush();
        return ExitCodes.OK;
    }

    static String line(String what, MandateEvaluation.Score s) {
        return String.format(Locale.ROOT, "%-11s found %d, correct %d: precision %.4f recall %.4f", what + ":", s.found(),
                s.correct(), s.precision(), s.recall());
    }
}
