package org.compendium.app.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreException;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code editors add} command: adds an editor, with the password from $COMPENDIUM_PASSWORD or standard input. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Adds an editor NAME; the password (8 characters or more) is read from $COMPENDIUM_PASSWORD or "
                + "standard input, never from an argument, and stored as a salted PBKDF2 hash.")
public final class EditorsAddCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The editor's user name.")
    String name;

    public EditorsAddCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        char[] password = services.passwords().read();
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            new ThemeEditing(store, Clock.systemUTC()).addEditor(name, password);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("compendium editors add: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            if (e.getMessage().contains("exists already")) {
                spec.commandLine().getErr().println("compendium editors add: " + e.getMessage());
                return ExitCodes.PARTIAL;
            }
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
        spec.commandLine().getOut().println("editor " + name + " added");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
