package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every editing command shares: the {@code --editor} option, the password (from {@code COMPENDIUM_PASSWORD} or
 * standard input, never an argument, cleared after use), the store, and the exit codes of a refusal (6: not
 * authorised) or a bad request (4: nothing changed).
 */
abstract class EditorCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--editor", paramLabel = "NAME", required = true,
            description = "The editor; the password is read from $COMPENDIUM_PASSWORD or standard input.")
    String editor;

    EditorCommand(Services services) {
        this.services = services;
    }

    /**
     * Makes the change through {@code editing} and reports it on {@code out}; returns the exit code.
     *
     * @throws NotAuthorizedException   when the credentials are refused
     * @throws IllegalArgumentException when the request names something unknown or invalid
     */
    abstract int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out);

    /** Checks the arguments before the password is asked for; throws a picocli {@code ParameterException} (exit 2). */
    void check() {
    }

    @Override
    public final Integer call() {
        check();
        PrintWriter err = spec.commandLine().getErr();
        EditorCredentials credentials = new EditorCredentials(editor, services.passwords().read());
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            int code = edit(store, new ThemeEditing(store, java.time.Clock.systemUTC()), credentials,
                    spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return code;
        } catch (NotAuthorizedException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCodes.NOT_AUTHORIZED;
        } catch (IllegalArgumentException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCodes.PARTIAL;
        } finally {
            credentials.clear();
        }
    }
}
