package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.compendium.index.ProvisionIndex;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code index} command group: maintenance of the search index ({@code index rebuild}). */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Maintains the search index (<data>/index), a projection of the store.",
        subcommands = IndexCommand.Rebuild.class)
public final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("compendium index: missing command; choose one of " + spec.subcommands().keySet());
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** {@code index rebuild}: rebuilds the whole index from the store, with progress and counts. */
    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Rebuilds the search index from the store: every stored document, re-indexed in one commit "
                    + "(searches see the old index until the new one is complete).")
    static final class Rebuild implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        IndexCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CompendiumCommand root = (CompendiumCommand) parent.spec.parent().userObject();
            long started = System.nanoTime();
            IndexRebuild.Report report;
            try (DocumentStore store = root.openStore(); ProvisionIndex index = root.openIndex(store)) {
                report = IndexRebuild.run(store, index, (i, total, doc, provisions) -> {
                    String line = "[" + i + "/" + total + "] " + doc.source() + "  " + provisions + " provisions";
                    if (root.terminal()) {
                        err.print("\r\u001B[2K" + line);
                    } else {
                        err.println(line);
                    }
                    err.flush();
                });
            }
            if (root.terminal()) {
                err.println();
            }
            out.printf(java.util.Locale.ROOT, "indexed %s, %s in %.1f s; the search index holds %s%n",
                    Counts.of(report.documents(), "document"), Counts.of(report.provisions(), "provision"),
                    (System.nanoTime() - started) / 1e9, Counts.of(report.indexSize(), "provision"));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
