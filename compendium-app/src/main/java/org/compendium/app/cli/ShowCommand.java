package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.store.ProvisionHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code show} command: prints every stored provision with a citation (the same citation can be found in a
 * report and again in a compendium), with where it comes from and its text.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints the provisions cited as CITATION, with their document, kind, label, path, leading verb, "
                + "source offsets and text.",
            "Citations look like: 'CTOC/COP/WG.7 meeting 8 rec. 12', 'CTOC/COP/WG.4 meeting 9 para. 63', "
                    + "'COP res. 11/5 op. 4(b)', 'COP res. 6/3 pp. 5', 'COP dec. 2/4 (n)(iii)' (quote them in the shell)."})
public final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Parameters(index = "0", paramLabel = "CITATION", description = "The citation, e.g. \"COP res. 11/5 op. 4(b)\".")
    String citationText;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Citation citation = CitationArgument.parse(citationText, "show", err);
        if (citation == null) {
            return ExitCodes.USAGE;
        }
        List<ProvisionHit> hits;
        try (DocumentStore store = root.openStore()) {
            hits = store.findByCitation(citation);
        }
        if (hits.isEmpty()) {
            err.println("no provision cited as " + citation + "; try `compendium list` to see which documents are stored, "
                    + "or `compendium export --format csv` to see every citation");
            return ExitCodes.PARTIAL;
        }
        for (int i = 0; i < hits.size(); i++) {
            if (i > 0) {
                out.println();
            }
            print(out, hits.get(i));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, ProvisionHit hit) {
        Provision p = hit.provision();
        DocumentSummary d = hit.document();
        out.println(p.citation());
        field(out, "kind", p.kind().code());
        field(out, "label", Describe.orNone(p.label()));
        field(out, "document", d.source() + " (" + d.type().code()
                + (d.symbol() == null ? "" : ", " + d.symbol().value()) + ")");
        field(out, "path", p.path().isEmpty() ? Describe.NONE : String.join(" / ", p.path()));
        field(out, "leading verb", Describe.orNone(p.leadingVerb()));
        field(out, "offsets", p.spans().isEmpty() ? Describe.NONE
                : p.start() + ".." + p.end() + (p.spans().size() == 1 ? "" : " (" + p.spans().size() + " spans)"));
        out.println();
        out.println(p.text());
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println("  " + name + ":" + " ".repeat(Math.max(1, 14 - name.length())) + value);
    }
}
