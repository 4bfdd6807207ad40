package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.model.Work;
import org.compendium.pipeline.LanguageVersions;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code versions} command: the stored language versions of one work, each lined up by eId with the first one
 * stored, differences in structure named (a paragraph missing in one language, another numbering).
 */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"Lists the stored language versions of WORK and how each lines up with the first one stored, "
                + "provision by provision (by eId); a version reproduced in a document of another work (the report of "
                + "the COP session that adopted a resolution, a compendium) is listed after the work's own documents, "
                + "with the document that holds it.",
            "WORK is a work as citations name it ('COP res. 13/4', 'SOM Protocol', 'CTOC/COP/WG.4 meeting 14') or its "
                    + "slug ('cop-res-13-4')."})
public final class VersionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Parameters(index = "0", paramLabel = "WORK", description = "The work, e.g. \"COP res. 13/4\" or cop-res-13-4.")
    String workText;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String slug;
        try {
            slug = workText.matches("[a-z0-9-]+") ? Work.fromSlug(workText).slug() : Work.parse(workText).slug();
        } catch (IllegalArgumentException e) {
            err.println("versions: " + TerminalText.safe(e.getMessage()));
            return ExitCodes.USAGE;
        }
        List<LanguageVersions.Version> versions;
        try (DocumentStore store = root.openStore()) {
            versions = new LanguageVersions(store).of(slug);
        }
        if (versions.isEmpty()) {
            err.println("no stored version of " + TerminalText.safe(workText) + "; try `compendium list` to see which documents are stored");
            return ExitCodes.PARTIAL;
        }
        for (LanguageVersions.Version v : versions) {
            out.println(v.language().code() + "  " + TerminalText.safe(v.source()) + "  " + Counts.of(v.provisions(), "provision")
                    + "  " + (v.alignment() == null ? "(first stored)" : v.alignment().describe())
                    + (v.in() == null ? "" : "  (reproduced in " + TerminalText.safe(v.in().work().toString()) + ")"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
