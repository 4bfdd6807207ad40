package org.compendium.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.LineageAtIngest;
import org.compendium.model.Language;
import org.compendium.pipeline.IndexCatchUp;
import org.compendium.pipeline.IndexingListener;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.IngestReport;
import org.compendium.pipeline.Ingestion;
import org.compendium.pipeline.Rejection;
import org.compendium.pipeline.SourceFiles;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import org.compendium.pipeline.SuppliedMetadata;
import org.compendium.model.Supplied;
import org.compendium.model.DocumentSymbol;
import java.nio.file.Files;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code ingest} command: reads, parses and stores files and folders, one summary line per document on stdout,
 * progress and failures on stderr, and a final line of counters.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads, parses and stores documents (.txt, .md, .markdown, .pdf, .docx), and updates the search index.",
            "Folders are read recursively, in name order, skipping hidden files. A file that cannot be ingested is "
                    + "reported and skipped; the others are still stored. Ingesting a file again replaces its earlier "
                    + "copy (same file name or same content)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every file ingested",
            "1:some files rejected, the others ingested",
            "2:usage error",
            "3:store or index error (data folder in use, written by a newer Compendium, or a save failed)",
            "4:nothing ingested (every file rejected, or no document file found)",
            "5:unexpected internal error"})
public final class IngestCommand implements Callable<Integer> {
    /** The most threads {@code --threads} takes: beyond the cores, more threads only hold more parsed documents. */
    static final int MAX_THREADS = 64;

    private final Services services;

    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Document files, or folders to read recursively.")
    List<Path> paths;

    @Option(names = "--language", paramLabel = "LANG",
            description = "The documents' language (ar, zh, en, fr, ru or es) instead of detecting it from each document's opening.")
    String language;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
            description = "The document's UN symbol (e.g. CTOC/COP/WG.7/2021/3) when its text does not print it; one file only. "
                    + "For a folder, list symbols in a " + SuppliedMetadata.SIDECAR + " file (header: file,symbol,title).")
    String symbol;

    @Option(names = "--no-lineage",
            description = "Do not look for lineage now: the documents' lineage (links to earlier and later provisions whose "
                    + "wording they share) is left pending for the next ingest or serve.")
    boolean noLineage;

    @Option(names = "--title", paramLabel = "TITLE", description = "The document's title, when its text lacks it; one file only.")
    String title;

    @Option(names = "--threads", paramLabel = "N",
            description = "Read and parse on N threads, ahead of the saves (which stay in order, so the output is the same); "
                    + "1 to " + MAX_THREADS + ", default one per core, at most " + Ingestion.MAX_DEFAULT_THREADS + ".")
    String threads;

    public IngestCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Language override = language == null ? null : language(language);
        int threadCount = threadCount();
        Ingestion.ParseStep parse = override == null ? services.parser()::parse : text -> services.parser().parse(text, override);
        // Ctrl+C stops after the current document (saved whole or not at all), then commits the index and closes.
        try (StopOnInterrupt interrupt = StopOnInterrupt.install(); DocumentStore store = root.openStore()) {
            IngestPrinter printer = new IngestPrinter(out, err, services.terminal(), root.verbose());
            Ingestion ingestion = new Ingestion(services.reader()::read, parse, store).withSupplied(supplied())
                    .withThreads(threadCount);
            interrupt.onStop(ingestion::stop);
            if (store.heldByAnotherProcess()) {
                // A server holds the store and follows its generation: it indexes these documents within seconds.
                IngestReport report = ingestion.ingest(paths, printer);
                finish(report, printer, store);
                out.println("not indexed here: " + CompendiumCommand.SERVER_INDEXES);
                out.flush();
                return exitCode(report);
            }
            try (ProvisionIndex index = root.openIndex(store)) {
                IndexCatchUp.Report caughtUp = IndexCatchUp.run(store, index);
                if (caughtUp.lagged()) {
                    err.println("compendium ingest: " + caughtUp.describe());
                }
                // The index follows the store: each saved document is re-indexed, committed once at the end.
                IndexingListener indexing = new IndexingListener(index);
                IngestReport report = ingestion.ingest(paths, IngestListener.both(printer, indexing));
                finish(report, printer, store);
                IndexingListener.Counters counters = indexing.commit(store.generation());
                out.println("indexed " + Counts.of(counters.documents(), "document") + " ("
                        + Counts.of(counters.provisions(), "provision") + "); the search index holds "
                        + Counts.of(counters.indexSize(), "provision"));
                for (String failure : counters.failures()) {
                    err.println("INDEX FAILED " + failure + " (the store has it; the next ingest, search or serve "
                            + "re-indexes it, or run `compendium index rebuild`)");
                }
                if (!noLineage && report.left() == 0) {
                    findLineage(store, out, err);
                } else if (!noLineage) {
                    // Stopped (Ctrl+C): close now; the documents stored keep their lineage pending for the next run.
                    out.println("lineage: not looked for (stopped); the next ingest, serve or lineage finds it");
                }
                out.flush();
                return exitCode(report);
            }
        }
    }

    /**
     * Finds the lineage of the documents just stored (and of any left pending), against the index just committed. A
     * failure loses nothing: the documents stay pending and the next ingest or serve finds their lineage.
     */
    private void findLineage(DocumentStore store, java.io.PrintWriter out, java.io.PrintWriter err) {
        try (ProvisionSearch search = root.openSearch()) {
            out.println(LineageAtIngest.run(store, search).describe());
        } catch (RuntimeException e) {
            err.println("LINEAGE NOT FOUND: " + e.getMessage() + " (the documents are stored; the next ingest or serve "
                    + "looks for their lineage again)");
        }
    }

    private void finish(IngestReport report, IngestPrinter printer, DocumentStore store) {
        if (report.read() == 0 && report.rejections().isEmpty() && report.left() == 0) {
            spec.commandLine().getErr().println("compendium ingest: no document file (" + extensions() + ") found in "
                    + paths.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        printer.finish(report, store.documentCount());
    }

    /** What the options supply, for the one file they may describe. */
    private SuppliedMetadata supplied() {
        if (symbol == null && title == null) {
            return SuppliedMetadata.sidecarsOnly();
        }
        if (paths.size() != 1 || Files.isDirectory(paths.getFirst())) {
            throw new ParameterException(spec.commandLine(), "--symbol and --title describe one file; for a folder, list "
                    + "them in a " + SuppliedMetadata.SIDECAR + " file beside its documents (header: file,symbol,title)");
        }
        try {
            return SuppliedMetadata.commandLine(new Supplied(symbol == null ? null : DocumentSymbol.parse(symbol), title));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + "; write it as the UN prints it, e.g. CTOC/COP/WG.7/2021/3");
        }
    }

    /** The exit code of a run: a store problem first, then nothing at all, then some rejected. */
    static int exitCode(IngestReport report) {
        if (report.count(Rejection.Cause.STORE_ERROR) > 0) {
            return ExitCodes.STORE;
        }
        if (report.ingested() == 0) {
            return ExitCodes.NOTHING_INGESTED;
        }
        return report.rejections().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    /** The threads {@code --threads} asks for, or the default. */
    private int threadCount() {
        if (threads == null) {
            return Ingestion.defaultThreads();
        }
        try {
            int n = Integer.parseInt(threads.strip());
            if (n >= 1 && n <= MAX_THREADS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Said below, with what the option takes.
        }
        throw new ParameterException(spec.commandLine(), "--threads: '" + threads + "' is not a number of threads. Give a whole "
                + "number from 1 to " + MAX_THREADS + " (1 reads and parses on the main thread), or leave it out for one "
                + "per core, at most " + Ingestion.MAX_DEFAULT_THREADS);
    }

    private Language language(String code) {
        try {
            Language l = Language.fromCode(code);
            if (l == Language.UNDETERMINED) {
                throw new IllegalArgumentException("'und' names no grammar");
            }
            return l;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--language: " + e.getMessage()
                    + ". Give one of ar, zh, en, fr, ru, es, or leave it out to detect each document's language");
        }
    }

    private static String extensions() {
        return SourceFiles.EXTENSIONS.stream().map(e -> "." + e).collect(Collectors.joining(", "));
    }
}
