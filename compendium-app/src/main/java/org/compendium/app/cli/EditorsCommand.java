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

    /**
     * Who the audit log names for a change made from the command line: the system account that ran it, since the
     * command line has no editor login (whoever can run it can read the store anyway).
     */
    static String operator() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("compendium editors: missing command; choose one of " + spec.subcommands().keySet());
        return ExitCodes.USAGE;
    }
}
