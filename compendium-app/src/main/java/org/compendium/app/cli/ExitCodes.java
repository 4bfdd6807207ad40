package org.compendium.app.cli;

/**
 * The exit codes of every command, as listed in {@code --help} (the parent command's {@code exitCodeList}) and the README; keep the three in step.
 */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** Ingest: some files were rejected, the others ingested. Show, similar: no provision has that citation. */
    public static final int PARTIAL = 1;
    /** Usage error: unknown option, missing argument, malformed citation or filter value (picocli's default). */
    public static final int USAGE = 2;
    /** Store or index error: the data folder is in use, was written by a newer Compendium, cannot be written, or has no search index. */
    public static final int STORE = 3;
    /** Ingest: nothing was ingested (every file rejected, or no document file found). */
    public static final int NOTHING_INGESTED = 4;
    /** An edit refused: unknown editor or wrong password; nothing was changed. */
    public static final int NOT_AUTHORIZED = 6;
    /** A bug: an unexpected error, to report; {@code --verbose} prints its stack trace. */
    public static final int INTERNAL = 5;

    private ExitCodes() {
    }
}
