package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.index.IndexException;
import org.compendium.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The handler of exceptions that escape a command: one line for people, never a stack trace unless
 * {@code --verbose}.
 *
 * <p>A {@link StoreException} or {@link IndexException} is expected (store in use, newer schema, folder not writable) and its message already
 * says what to do, so it exits with {@link ExitCodes#STORE}. Anything else is a bug: exit {@link ExitCodes#INTERNAL}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {
    private final CompendiumCommand root;

    public ErrorHandler(CompendiumCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (ex instanceof StoreException || ex instanceof IndexException) {
            err.println("compendium: " + ex.getMessage());
            printDetails(ex, err);
            return ExitCodes.STORE;
        }
        err.println("compendium " + command.getCommandName() + ": unexpected error: " + describe(ex)
                + (root.verbose() ? "" : "; run with --verbose for details"));
        printDetails(ex, err);
        return ExitCodes.INTERNAL;
    }

    private void printDetails(Exception ex, PrintWriter err) {
        if (root.verbose()) {
            ex.printStackTrace(err);
        }
        err.flush();
    }

    static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
