package org.compendium.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.IngestReport;
import org.compendium.pipeline.IngestedFile;
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

    /**
     * The summary line of one stored document, e.g. {@code OK  003_….txt  meeting-report  WG.7  meeting 8
     * 2021-10-14..2021-10-15  53 provisions (12 recommendations, 41 paragraphs)  coverage 100.00% (in provisions 93.82%,
     * set aside 6.18%)}, then {@code warning: …} for each thing the parser did not understand.
     */
    static String summaryLine(IngestedFile result) {
        ParsedDocument doc = result.document();
        DocumentMetadata m = doc.metadata();
        List<String> parts = new ArrayList<>(List.of(
                "OK",
                TerminalText.safe(doc.source()),
                m.type().code(),
                m.body() == null ? Describe.NONE : m.body().code(),
                Describe.meeting(m.meeting(), m.session()),
                Describe.dates(m.dates()),
                doc.unstructured() ? "unstructured (0 provisions)" : provisions(doc.provisions()),
                "coverage " + (doc.coverage() == null ? Describe.NONE : doc.coverage().describe())
                        + (doc.body() == null ? "" : " (" + doc.body().describe() + ")")));
        if (result.replaced()) {
            parts.add("(replaced the earlier copy)");
        }
        for (String warning : doc.warnings()) {
            parts.add("warning: " + TerminalText.safe(warning));
        }
        return String.join("  ", parts);
    }

    /** {@code 53 provisions (12 recommendations, 41 paragraphs)}: the count, then each kind present, in kind order. */
    static String provisions(List<Provision> provisions) {
        Map<ProvisionKind, Integer> byKind = new EnumMap<>(ProvisionKind.class);
        for (Provision p : provisions) {
            byKind.merge(p.kind(), 1, Integer::sum);
        }
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, n) -> kinds.add(n + " " + kindName(kind, n)));
        String total = provisions.size() + (provisions.size() == 1 ? " provision" : " provisions");
        return kinds.isEmpty() ? total : total + " (" + String.join(", ", kinds) + ")";
    }

    private static String kindName(ProvisionKind kind, int n) {
        String one = switch (kind) {
            case RECOMMENDATION -> "recommendation";
            case PREAMBULAR -> "preambular paragraph";
            case OPERATIVE -> "operative paragraph";
            case SUBPARAGRAPH -> "sub-paragraph";
            case PARAGRAPH -> "paragraph";
            case ARTICLE -> "article";
        };
        return n == 1 ? one : one + "s";
    }

    private void clearProgress() {
        if (terminal && progressWidth > 0) {
            err.print("\r" + " ".repeat(progressWidth) + "\r");
            err.flush();
            progressWidth = 0;
        }
    }
}
