package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.Lineage;
import org.compendium.links.LineageAtIngest;
import org.compendium.links.LineageJson;
import org.compendium.model.Citation;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code lineage} command: where a provision's wording comes from and where it went — its ancestors and
 * descendants, each with the link's type, alignment score, date and word-level diff.
 */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = {"Prints the lineage of the provision CITATION: the earlier provisions whose wording it takes over "
                + "and the later ones that take over its own, oldest first, each typed (reproduces, adapts) with its "
                + "alignment, date and the changes from the older text to the newer: [-deleted-] {+inserted+}."},
        footer = {"%nExamples:", "  compendium lineage \"COP res. 6/3 op. 3\"", "  compendium lineage eval",
            "  compendium lineage confirm \"COP res. 5/3 op. 6\" \"CTOC/COP/WG.7 meeting 1 rec. 3\" --editor alice"})
public final class LineageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Parameters(index = "0", paramLabel = "CITATION", arity = "0..1", description = "The provision, e.g. \"COP res. 6/3 op. 3\".")
    String citationText;

    @Option(names = "--json", description = "Print it as JSON (the shape of GET /api/provisions/{citation}/lineage).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (citationText == null) {
            err.println("compendium lineage: give a CITATION (e.g. \"COP res. 6/3 op. 3\"), or run `compendium lineage eval`");
            return ExitCodes.USAGE;
        }
        Citation citation = CitationArgument.parse(citationText, "lineage", err);
        if (citation == null) {
            return ExitCodes.USAGE;
        }
        Optional<Lineage.Timeline> timeline;
        try (DocumentStore store = root.openStore(); ProvisionSearch search = root.openSearch()) {
            if (!store.heldByAnotherProcess()) {
                // Documents stored without their lineage (ingest --no-lineage, a stopped run) get it now.
                LineageAtIngest.Report found = LineageAtIngest.run(store, search);
                if (found.documents() > 0) {
                    err.println("compendium lineage: " + found.describe());
                }
            }
            timeline = Lineage.settled(store, search).of(citation);
        }
        if (timeline.isEmpty()) {
            err.println("no provision cited as " + citation + " in the search index; `compendium search` finds citations");
            return ExitCodes.PARTIAL;
        }
        Lineage.Timeline t = timeline.get();
        if (json) {
            out.println(HitPrinter.pretty(LineageJson.of(t)));
        } else {
            print(out, t);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Lineage.Timeline t) {
        out.println(t.provision().citation() + "  (" + date(LineageJson.date(t.date())) + ")");
        section(out, "ancestors", t.ancestors(), true);
        section(out, "descendants", t.descendants(), false);
        out.println(Counts.of(t.ancestors().size(), "ancestor") + ", " + Counts.of(t.descendants().size(), "descendant"));
    }

    private static void section(PrintWriter out, String title, List<Lineage.Link> links, boolean ancestors) {
        out.println(title + ":" + (links.isEmpty() ? " none" : ""));
        for (Lineage.Link l : links) {
            var other = ancestors ? l.ancestor() : l.descendant();
            out.printf(Locale.ROOT, "  %s  %s  %s %.4f%s  %s%n", date(LineageJson.date(ancestors ? l.ancestorDate() : l.descendantDate())),
                    other.citation(), l.type().code(), l.score(), l.origin() == Lineage.Origin.CONFIRMED ? " (confirmed)" : "",
                    Counts.of(l.diff().changes().size(), "change"));
            out.println("    " + DraftCommand.marked(l.diff()));
        }
    }

    private static String date(String date) {
        return date == null ? "date unknown" : date;
    }
}
