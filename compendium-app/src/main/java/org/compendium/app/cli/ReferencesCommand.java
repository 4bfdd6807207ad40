package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.links.ProvisionReferences;
import org.compendium.links.Reference;
import org.compendium.links.ReferencesJson;
import org.compendium.model.Citation;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code references} command: the explicit references of a provision, typed and resolved (or not). */
@Command(name = "references", mixinStandardHelpOptions = true,
        description = {"Prints the explicit references of the provision CITATION (resolutions, decisions, treaty "
                + "articles, document symbols), typed, each resolved to the stored work it names or marked unresolved."})
public final class ReferencesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Parameters(index = "0", paramLabel = "CITATION", description = "The citation, e.g. \"COP res. 11/5 pp. 5\".")
    String citationText;

    @Option(names = "--json", description = "Print them as JSON (the shape of GET /api/provisions/{citation}/references).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Citation citation = CitationArgument.parse(citationText, "references", err);
        if (citation == null) {
            return ExitCodes.USAGE;
        }
        List<ProvisionReferences.Found> found;
        try (DocumentStore store = root.openStore()) {
            found = new ProvisionReferences(store).of(citation);
        }
        if (found.isEmpty()) {
            err.println("no provision cited as " + citation + "; `compendium show` and `compendium search` find citations");
            return ExitCodes.PARTIAL;
        }
        if (json) {
            out.println(HitPrinter.pretty(ReferencesJson.of(citation.toString(), found)));
        } else {
            for (ProvisionReferences.Found f : found) {
                out.println(citation + "  (" + f.document().source() + ")");
                if (f.language().isEmpty()) {
                    out.println("  references are not read in its language (" + f.document().language() + ") yet");
                }
                for (Reference r : f.references()) {
                    out.printf("  %-17s %-45s «%s»  %s%s%n", r.type().code(), r.target(), r.written().replace('\u001B', '␛'),
                            r.resolved() ? "→ stored" : "unresolved",
                            f.verdict(r).map(v -> " (" + v.code() + " by an editor)").orElse(""));
                }
                long resolved = f.references().stream().filter(Reference::resolved).count();
                out.println("  " + Counts.of(f.references().size(), "reference") + ", " + resolved + " resolved");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
