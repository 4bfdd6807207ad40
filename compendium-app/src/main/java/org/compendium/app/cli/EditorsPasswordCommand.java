package org.compendium.app.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.compendium.store.DocumentStore;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code editors password} command: sets an editor's password, read like {@code editors add} reads it. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = {"Sets the password of the editor NAME (8 characters or more), read from $COMPENDIUM_PASSWORD, "
                + "else typed without echo on a terminal, else the first line of standard input; never an argument. "
                + "Recorded in the audit log (never the password or its hash).",
            "Exit 2 when there is no such editor or the password is too short."})
public final class EditorsPasswordCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The editor's user name.")
    String name;

    public EditorsPasswordCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        char[] password = services.passwords().read();
        boolean changed;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            changed = new ThemeEditing(store, Clock.systemUTC()).changePassword(name, password, EditorsCommand.operator());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("compendium editors password: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            Arrays.fill(password, '\0');
        }
        if (!changed) {
            spec.commandLine().getErr().println("compendium editors password: no editor named '"
                    + TerminalText.safe(name) + "'; see `compendium editors list`, or add one with `compendium editors add`");
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("password of editor " + name + " changed");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
