package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.links.MandateEvaluation;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code mandates eval} command: mandates and their delivery against the hand-made gold of the seeds. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures the mandates found in COP res. 11/5 and the 2024 Secretariat report paragraphs linked "
                + "to them against the gold (mandates-gold.tsv): precision and recall, and the share of statuses right."})
public final class MandatesEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MandateEvaluation.Figures f;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            f = MandateEvaluation.run(store);
        }
        if (f.mandates().found() == 0 && f.links().found() == 0) {
            spec.commandLine().getErr().println("nothing of " + f.resolution() + " in the store; ingest the seeds first "
                    + "(`compendium ingest ../shared/corpus/fr`)");
            return ExitCodes.PARTIAL;
        }
        out.println("gold: " + f.resolution() + ", " + f.mandates().gold() + " mandates, " + f.links().gold()
                + " report paragraph links");
        out.println(line("mandates", f.mandates()));
        out.println(line("links", f.links()));
        out.printf(Locale.ROOT, "status right: %d of %d (%.4f)%n", f.statusRight(), f.statuses(), f.statusAccuracy());
        out.flush();
        return ExitCodes.OK;
    }

    private static String line(String what, MandateEvaluation.Score s) {
        return String.format(Locale.ROOT, "%-9s found %d, correct %d: precision %.4f recall %.4f", what + ":", s.found(),
                s.correct(), s.precision(), s.recall());
    }
}
