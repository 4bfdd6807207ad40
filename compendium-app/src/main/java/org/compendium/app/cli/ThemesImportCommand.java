package org.compendium.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.store.DocumentStore;
import org.compendium.themes.IndexImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code themes import} command: imports the thematic index of every stored compendium as a new vocabulary version. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports the published thematic index of the stored compendium(s): themes, links to provisions, "
                + "report symbols and numbers. Prints counts; unresolved references are listed, never dropped.")
public final class ThemesImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<IndexImport.Result> results;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            results = IndexImport.run(store, "import", Clock.systemUTC());
        }
        if (results.isEmpty()) {
            err.println("no stored compendium has a thematic index; ingest one first (e.g. compendium ingest ../shared/corpus/fr)");
            return ExitCodes.PARTIAL;
        }
        int problems = 0;
        for (IndexImport.Result r : results) {
            r.problems().forEach(p -> err.println("ERROR " + p));
            problems += r.problems().size();
            out.println(r.source() + " (" + r.language().code() + "): " + Counts.of(r.themes().size(), "theme") + ", " + Counts.of(r.links().size(), "link")
                    + ", " + Counts.of(r.distinctProvisions(), "distinct provision") + ", " + Counts.of(r.problems().size(), "problem")
                    + " (" + Counts.of(r.table().rows(), "table row") + ", " + Counts.of(r.table().skipped(), "other line") + ", "
                    + Counts.of(r.duplicates(), "repeated reference") + ", " + r.table().unaligned() + " without report number)");
        }
        if (problems != 0) {
            err.println("the rest is imported; correct the rows named above in the compendium's file and ingest it again"
                    + " (or settle a theme with `themes create` / `themes accept`), then run `themes import` again");
        }
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            boolean indexed = CompendiumCommand.reindexThemes(spec, store);
            out.flush();
            return problems != 0 ? ExitCodes.PARTIAL : indexed ? ExitCodes.OK : ExitCodes.STORE;
        }
    }
}
