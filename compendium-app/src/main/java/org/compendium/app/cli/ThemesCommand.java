package org.compendium.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code themes} command group: import the published index, list, show, suggest, evaluate and edit themes. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "Theme index: import the published index, list and show themes, suggest themes for provisions, "
                + "evaluate the suggestions, and (editors only) accept, reject or add themes.")
public final class ThemesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("compendium themes: missing command; choose one of " + spec.subcommands().keySet());
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
