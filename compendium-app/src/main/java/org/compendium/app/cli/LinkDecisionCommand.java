package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.links.LinkEditing;
import org.compendium.model.Citation;
import org.compendium.store.DocumentStore;
import org.compendium.store.LinkStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The {@code links confirm} and {@code links reject} commands: an editor settles a found link — lineage, a mandate's
 * delivery, a reference — kept by the citations of both ends across re-ingests and audited.
 */
abstract class LinkDecisionCommand extends EditorCommand {
    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "lineage",
            description = "lineage (SOURCE the older provision, TARGET the newer), delivery (SOURCE the mandate, TARGET "
                    + "the report paragraph) or reference (SOURCE the provision, TARGET the reference's target as "
                    + "`compendium references` prints it). Default: lineage.")
    String typeText;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The link's first end, a citation.")
    String sourceText;

    @Parameters(index = "1", paramLabel = "TARGET", description = "The link's other end.")
    String target;

    private Citation source;
    private LinkEditing.LinkType type;

    LinkDecisionCommand(Services services) {
        super(services);
    }

    abstract LinkStore.Verdict verdict();

    @Override
    void check() {
        try {
            source = Citation.parse(sourceText);
            type = LinkEditing.LinkType.of(typeText);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        String editor = editing.authenticate(credentials).username();
        LinkStore.Decision d = new LinkEditing(store, java.time.Clock.systemUTC()).decide(editor, type, source, target, verdict());
        out.println(d.verdict().code() + ": " + d.type() + " " + d.source() + " → " + d.target() + " by " + d.editor());
        return ExitCodes.OK;
    }
}
