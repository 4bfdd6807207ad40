package org.compendium.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code links} command group: editors settle found links ({@code links confirm}, {@code links reject}). */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = "Editors confirm or reject a found link: lineage, a mandate's delivery, a reference.",
        footer = {"%nExamples:",
            "  compendium links confirm \"COP res. 5/3 op. 6\" \"CTOC/COP/WG.7 meeting 1 rec. 3\" --editor alice",
            "  compendium links reject --type delivery \"COP res. 11/5 op. 9\" \"CTOC/COP session 12 report 2024-07-23 para. 58\" --editor alice"})
public final class LinksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("compendium links: choose confirm or reject");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
