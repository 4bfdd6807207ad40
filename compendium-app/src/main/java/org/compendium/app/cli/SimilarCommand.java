package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.SearchHit;
import org.compendium.model.Citation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code similar} command: the provisions whose wording is closest to a cited one ("more like this"). */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"Prints the provisions whose wording is most like that of CITATION, best first, leaving out the "
                + "provision itself and its copies in other documents."})
public final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Parameters(index = "0", paramLabel = "CITATION", description = "The citation, e.g. \"CTOC/COP/WG.7 meeting 1 rec. 20\".")
    String citationText;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many to print (default 10).")
    int limit;

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Citation citation = CitationArgument.parse(citationText, "similar", err);
        if (citation == null) {
            return ExitCodes.USAGE;
        }
        if (limit < 1 || limit > 1000) {
            err.println("compendium similar: --limit must be between 1 and 1000");
            return ExitCodes.USAGE;
        }
        List<SearchHit> hits;
        try (ProvisionSearch search = root.openSearch()) {
            if (search.get(citation).isEmpty()) {
                err.println("no provision cited as " + citation + " in the search index; try `compendium search` to find "
                        + "its citation, or `compendium index rebuild` if it was ingested before the index existed");
                return ExitCodes.PARTIAL;
            }
            hits = search.moreLikeThis(citation, limit);
        }
        if (json) {
            out.println(HitPrinter.json(hits));
        } else {
            new HitPrinter(out, root.terminal()).hits(hits, 1);
            out.println(hits.size() + " provisions like " + citation);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
