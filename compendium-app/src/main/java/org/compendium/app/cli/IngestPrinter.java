package org.compendium.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.compendium.model.Provision;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.IngestReport;
import org.compendium.pipeline.IngestedFile;
import org.compendium.pipeline.IngestSummary;
import org.compendium.pipeline.Rejection;

/**
 * The display of an ingest run: progress on stderr, one summary line per document on stdout, failures on stderr,
 * and the counters at the end.
 *
 * <p>On a terminal the progress counter {@code [3/5] name} is redrawn in place and erased before any other line, so
 * that stdout and stderr do not interleave on screen; otherwise (a pipe, a CI log) it is one line per file.
 */
final class IngestPrinter implements IngestListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean verbose;
    private int progressWidth;

    IngestPrinter(PrintWriter out, PrintWriter err, boolean terminal, boolean verbose) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    @Override
    public void started(int index, int total, Path file) {
        String progress = "[" + index + "/" + total + "] " + TerminalText.safe(String.valueOf(file.getFileName()));
        if (terminal) {
            err.print("\r" + progress + " ".repeat(Math.max(0, progressWidth - progress.length())));
            progressWidth = progress.length();
        } else {
            err.println(progress);
        }
        err.flush();
    }

    @Override
    public void ingested(IngestedFile result) {
        clearProgress();
        out.println(summaryLine(result));
        out.flush();
    }

    @Override
    public void failed(int index, int total, Rejection rejection, Throwable cause) {
        clearProgress();
        boolean internal = rejection.cause() == Rejection.Cause.INTERNAL_ERROR;
        err.println("FAILED " + TerminalText.safe(rejection.message()) + (internal && !verbose ? "; run with --verbose for details" : ""));
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }

    /** Prints the counters line; {@code documents} is how many documents the store holds now. */
    void finish(IngestReport report, int documents) {
        clearProgress();
        out.println(report.describe() + "; the store holds " + Counts.of(documents, "document"));
        out.flush();
    }

    /** The summary line of one stored document ({@link IngestSummary#line}), safe for a terminal. */
    static String summaryLine(IngestedFile result) {
        return TerminalText.safe(IngestSummary.line(result));
    }

    /** {@link IngestSummary#provisions}. */
    static String provisions(List<Provision> provisions) {
        return IngestSummary.provisions(provisions);
    }

    private void clearProgress() {
        if (terminal && progressWidth > 0) {
            err.print("\r" + " ".repeat(progressWidth) + "\r");
            err.flush();
            progressWidth = 0;
        }
    }
}
