package org.compendium.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.compendium.store.DocumentStore;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code editors remove} command: removes an editor, audited; their decisions stay. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes the editor NAME: they can no longer log in or change anything (an open web session is "
                + "refused at its next change). Their decisions stay, with their name. Recorded in the audit log.",
            "Exit 2 when there is no such editor."})
public final class EditorsRemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The editor's user name.")
    String name;

    @Override
    public Integer call() {
        boolean removed;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            removed = new ThemeEditing(store, Clock.systemUTC()).removeEditor(name, EditorsCommand.operator());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("compendium editors remove: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!removed) {
            spec.commandLine().getErr().println("compendium editors remove: no editor named '"
                    + TerminalText.safe(name) + "'; see `compendium editors list`");
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("editor " + name + " removed");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
