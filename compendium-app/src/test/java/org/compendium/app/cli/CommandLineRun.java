package org.compendium.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.compendium.app.Main;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;

/** One in-process run of the wired command line, with what it printed on stdout and stderr. */
record CommandLineRun(int exitCode, String out, String err) {
    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false).execute(args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** A run on the store in {@code data} ({@code --data DATA} before {@code args}). */
    static CommandLineRun in(java.nio.file.Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    /** A run whose editor password, when a command asks for one, is {@code password}. */
    static CommandLineRun withPassword(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = new Services(org.compendium.store.DocumentStore::open, new SourceReader(), new DocumentParser(), false,
                password::toCharArray);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), services).execute(args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** The same on the store in {@code data} ({@code --data DATA} before {@code args}). */
    static CommandLineRun withPassword(String password, java.nio.file.Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return withPassword(password, all);
    }

    /** A run whose store opener is {@code stores}, to provoke store and internal errors. */
    static CommandLineRun withStores(Services.StoreOpener stores, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = new Services(stores, new SourceReader(), new DocumentParser(), false);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), services).execute(args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
