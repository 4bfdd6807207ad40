package org.compendium.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code editors} command group: the people allowed to change theme assignments. */
@Command(name = "editors", mixinStandardHelpOptions = true, description = "Manages the editors who may change themes.")
public final class EditorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("compendium editors: missing command; choose one of " + spec.subcommands().keySet());
        return ExitCodes.USAGE;
    }
}
