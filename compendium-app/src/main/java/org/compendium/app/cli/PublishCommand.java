package org.compendium.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.compendium.model.Body;
import org.compendium.publish.Edition;
import org.compendium.publish.ChangeLog;
import org.compendium.publish.EditionBuilder;
import org.compendium.publish.EditionSnapshot;
import org.compendium.publish.EditionRequest;
import org.compendium.publish.MissingInputException;
import org.compendium.publish.NumberRange;
import org.compendium.publish.PublishFormat;
import org.compendium.publish.Publisher;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code publish} command: assembles the edition of a working group's compendium and thematic index from the store
 * and writes it as HTML, PDF, DOCX, Markdown, JSON or CSV (index rows).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publishes the compendium and its thematic index in one file: part A (recommendations by meeting), "
                + "part B (COP resolutions and decisions by session), the index (COP rows shaded).",
            "Needs the compendium ingested (`compendium ingest`) and its index imported (`compendium themes import`). "
                    + "Meetings the compendium lacks come from stored meeting reports, with editors' accepted themes."})
public final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--body", required = true, paramLabel = "BODY", description = "The working group: WG.7 or WG.4.")
    String body;

    @Option(names = "--meetings", paramLabel = "FROM-TO", description = "Meetings of part A, e.g. 1-6 (default: the compendium's).")
    String meetings;

    @Option(names = "--sessions", paramLabel = "FROM-TO", description = "COP sessions of part B, e.g. 1-6 (default: the compendium's).")
    String sessions;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "fr",
            description = "Language of the edition: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}). Provisions come from the "
                    + "stored language versions of the same works, aligned by eId.")
    String language;

    @Option(names = "--fallback", paramLabel = "LANG",
            description = "Show a provision the store lacks in the edition's language in French (fr) or English (en), marked; "
                    + "without it such provisions are left out. Either way they are listed at the end of the run.")
    String fallback;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "html, pdf, docx, md, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE (replaced only once complete); default: stdout for html, md, json and csv, "
                    + "compendium-BODY.FORMAT for pdf and docx.")
    Path output;

    @Option(names = "--changes-since", paramLabel = "EDITION",
            description = "Print what changed since recorded edition EDITION (entries added, removed, reworded; index lines "
                    + "added, removed) instead of rendering. Every publish records its edition and prints its number.")
    Long changesSince;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        EditionRequest request;
        PublishFormat fmt;
        try {
            fmt = PublishFormat.parse(format);
            request = new EditionRequest(Body.fromCode(body), meetings == null ? null : NumberRange.parse(meetings),
                    sessions == null ? null : NumberRange.parse(sessions), language,
                    fallback == null ? null : org.compendium.model.Language.fromCode(fallback));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Edition edition;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            err.println("publish: reading the compendium, meeting reports, COP instruments and themes of " + request.body().code() + " from the store");
            err.flush();
            edition = new EditionBuilder(store).build(request);
            if (changesSince != null) {
                return changes(store, edition, changesSince);
            }
        } catch (MissingInputException e) {
            err.println("compendium publish: " + e.getMessage());
            return ExitCodes.PARTIAL;
        }
        edition.notes().forEach(n -> err.println("NOTE not included: " + n));
        err.println("publish: " + Counts.of(edition.partA().size(), "meeting") + ", " + Counts.of(edition.partB().size(), "session") + ", "
                + Counts.of(edition.entries().size(), "paragraph") + ", index of " + Counts.of(edition.index().size(), "theme") + " and "
                + Counts.of(edition.indexReferences(), "reference") + "; rendering " + fmt.name());
        err.flush();
        Path target = output;
        if (target == null && (fmt instanceof PublishFormat.Pdf || fmt instanceof PublishFormat.Docx)) {
            target = Path.of("compendium-" + request.body().code() + (request.language().equals("fr") ? "" : "-" + request.language())
                    + "." + fmt.name());
        }
        if (target == null) {
            OutputStream out = new NonClosing(System.out);
            Publisher.render(edition, fmt, out);
            out.flush();
            missingReport(edition);
            return record(edition);
        }
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                Publisher.render(edition, fmt, out);
            }
            // A temporary file is created readable by its owner only; an edition is for colleagues too (rw-r--r--).
            if (Files.getFileStore(partial).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        err.println("wrote " + target + " (" + Files.size(absolute) + " bytes)");
        missingReport(edition);
        return record(edition);
    }

    /**
     * The report at the end of the run: each provision the store lacks in the edition's language, with its reference and
     * citation and whether it is shown in the fallback language or left out.
     */
    private void missingReport(Edition edition) {
        if (edition.missing().isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("publish: " + Counts.of(edition.missing().size(), "provision") + " not stored in " + edition.language() + ":");
        for (Edition.Missing m : edition.missing()) {
            err.println("MISSING " + edition.language() + " " + m.reference() + " (" + m.citation() + "): "
                    + (m.shownIn() == null ? "left out" : "shown in " + m.shownIn().code()));
        }
        if (edition.missing().stream().anyMatch(m -> m.shownIn() == null)) {
            err.println("publish: ingest the missing language versions, or add --fallback fr|en to show them in French or English");
        }
        err.flush();
    }

    /** Records the edition once it is written, so that a later edition's change log can name it. */
    private int record(Edition edition) {
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            long id = EditionSnapshot.record(store, edition);
            spec.commandLine().getErr().println("publish: recorded as edition " + id
                    + " (a later edition's changes: compendium publish ... --changes-since " + id + ")");
        }
        return ExitCodes.OK;
    }

    /** Prints what changed from recorded edition {@code since} to {@code edition}. */
    private int changes(DocumentStore store, Edition edition, long since) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var recorded = store.editions().snapshot(since);
        if (recorded.isEmpty()) {
            err.println("compendium publish: no edition " + since + " is recorded; every publish prints the number it records "
                    + "(\"publish: recorded as edition N\")");
            return ExitCodes.PARTIAL;
        }
        ChangeLog log = ChangeLog.between(EditionSnapshot.fromJson(recorded.get()), EditionSnapshot.of(edition));
        log.lines().forEach(out::println);
        err.println("publish: since edition " + since + ": " + Counts.of(log.added().size(), "entry added", "entries added") + ", "
                + Counts.of(log.removed().size(), "removed", "removed") + ", " + Counts.of(log.reworded().size(), "reworded", "reworded")
                + "; index: " + Counts.of(log.indexAdded().size(), "line added", "lines added") + ", "
                + Counts.of(log.indexRemoved().size(), "removed", "removed"));
        out.flush();
        return ExitCodes.OK;
    }

    /** Standard output for a renderer that may close its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
