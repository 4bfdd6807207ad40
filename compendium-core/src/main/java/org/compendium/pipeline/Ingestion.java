package org.compendium.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceReader;
import org.compendium.ingest.SourceText;
import org.compendium.model.Alignment;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;
import org.compendium.store.IdentityClashException;
import org.compendium.store.SourceNameTakenException;
import org.compendium.store.StoreException;
import org.compendium.store.StoredDocument;

/**
 * The ingestion service: reads, parses and saves a list of files and folders, one document at a time.
 *
 * <p>Files are read and parsed ahead on {@link #withThreads threads} of their own (one per core, at most
 * {@value #MAX_DEFAULT_THREADS}, by default), while the saves, the store's commits and the listener's calls stay on
 * the calling thread and in input order: a run gives the same store and the same calls whatever the number of
 * threads. A single file is read and parsed on the calling thread.
 *
 * <p>It never stops at a bad file. A file the reader or parser rejects, a bug met while reading or parsing one, or a
 * failed save is reported through the {@link IngestListener} and counted in the {@link IngestReport}, and the run goes
 * on with the next file. Each save is one transaction of the {@link DocumentStore}, so a failed file leaves the store
 * as it was. Opening the store, and its problems, are the caller's business.
 */
public final class Ingestion {
    /** The most threads a run reads and parses on unless told otherwise: more only hold more documents in memory. */
    public static final int MAX_DEFAULT_THREADS = 8;

    private final ReadStep reader;
    private final ParseStep parser;
    private final DocumentStore store;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final SuppliedMetadata supplied;
    private final int threads;

    /** The read stage as a function, e.g. {@code sourceReader::read}. */
    @FunctionalInterface
    public interface ReadStep {
        SourceText read(Path file) throws RejectedInputException;
    }

    /** The parse stage as a function, e.g. {@code documentParser::parse}. */
    @FunctionalInterface
    public interface ParseStep {
        ParsedDocument parse(SourceText text) throws RejectedInputException;
    }

    /** An ingestion with the standard reader and parser. */
    public Ingestion(SourceReader reader, DocumentParser parser, DocumentStore store) {
        this(requireNonNull(reader)::read, requireNonNull(parser)::parse, store);
    }

    /** An ingestion with any read and parse stages (tests pass failing ones). */
    public Ingestion(ReadStep reader, ParseStep parser, DocumentStore store) {
        this(reader, parser, store, SuppliedMetadata.sidecarsOnly(), defaultThreads());
    }

    private Ingestion(ReadStep reader, ParseStep parser, DocumentStore store, SuppliedMetadata supplied, int threads) {
        if (reader == null || parser == null || store == null) {
            throw new IllegalArgumentException("an ingestion needs a reader, a parser and a store");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("an ingestion reads and parses on at least one thread, not " + threads);
        }
        this.reader = reader;
        this.parser = parser;
        this.store = store;
        this.supplied = supplied;
        this.threads = threads;
    }

    /** This ingestion with metadata the user supplies (a symbol and title from the command line, or sidecars). */
    public Ingestion withSupplied(SuppliedMetadata metadata) {
        return new Ingestion(reader, parser, store, metadata, threads);
    }

    /**
     * This ingestion reading and parsing on {@code count} threads (1: all on the calling thread, as before). The read
     * and parse stages must then be safe to call from several threads at once, as {@link SourceReader} and
     * {@link DocumentParser} are.
     *
     * @throws IllegalArgumentException when {@code count} is below 1
     */
    public Ingestion withThreads(int count) {
        return new Ingestion(reader, parser, store, supplied, count);
    }

    /** How many threads a run reads and parses on by default: one per core, at most {@value #MAX_DEFAULT_THREADS}. */
    public static int defaultThreads() {
        return Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_THREADS);
    }

    /** How many threads this ingestion reads and parses on. */
    public int threads() {
        return threads;
    }

    private static <T> T requireNonNull(T value) {
        if (value == null) {
            throw new IllegalArgumentException("an ingestion needs a reader, a parser and a store");
        }
        return value;
    }

    /**
     * Ingests files and folders (folders expanded by {@link SourceFiles#expand}).
     *
     * @param pathsOrFolders the paths the user named, in order
     * @param listener       told about every file as it goes
     * @return the counters of the run
     */
    public IngestReport ingest(List<Path> pathsOrFolders, IngestListener listener) {
        SourceFiles.Expansion expansion = SourceFiles.expand(pathsOrFolders);
        List<Rejection> rejections = new ArrayList<>();
        for (Rejection problem : expansion.problems()) {
            rejections.add(problem);
            listener.failed(0, expansion.files().size(), problem, null);
        }
        List<Path> files = expansion.files();
        int total = files.size();
        int ingested = 0;
        int replaced = 0;
        long provisions = 0;
        int left = 0;
        try (ReadAhead<Prepared> ahead = ReadAhead.of(files, threads, this::prepare)) {
            for (int i = 0; i < total; i++) {
                if (stopping.get()) {
                    left = total - i;
                    break;
                }
                Path file = files.get(i);
                int index = i + 1;
                listener.started(index, total, file);
                Prepared prepared;
                try {
                    prepared = ahead.take();
                } catch (InterruptedException e) {
                    // Interrupted while a file is read ahead: a stop, the file and the rest left as they are.
                    Thread.currentThread().interrupt();
                    left = total - i;
                    break;
                }
                switch (save(file, prepared)) {
                    case Saved saved -> {
                        IngestedFile result = new IngestedFile(file, index, total, saved.document(), saved.stored());
                        ingested++;
                        replaced += result.replaced() ? 1 : 0;
                        provisions += saved.stored().provisions();
                        listener.ingested(result);
                    }
                    case Failed failed -> {
                        rejections.add(failed.rejection());
                        listener.failed(index, total, failed.rejection(), failed.cause());
                    }
                }
            }
        }
        int read = total - left;
        return new IngestReport(read, ingested, replaced, read - ingested, expansion.skipped(), provisions, rejections, left);
    }

    /**
     * Asks a running {@link #ingest} to stop after the file it is on (which is saved whole or not at all): from
     * another thread, e.g. a shutdown hook on Ctrl+C. The report then counts the files left; those read and parsed
     * ahead are dropped, not saved.
     */
    public void stop() {
        stopping.set(true);
    }

    /** Reads and parses one file: what can be done ahead of its save, on any thread. */
    private Prepared prepare(Path file) {
        SourceText text;
        try {
            text = reader.read(file);
        } catch (RejectedInputException e) {
            return new Failed(Rejection.of(file, e), null);
        } catch (RuntimeException e) {
            // A reader bug (PDFBox or POI meeting something new) must not cost the user the rest of the run.
            return new Failed(Rejection.internal(file, "reading", e), e);
        }
        return parse(file, text);
    }

    private Prepared parse(Path file, SourceText text) {
        try {
            return new Parsed(text, parser.parse(text));
        } catch (RejectedInputException e) {
            return new Failed(Rejection.of(file, e), null);
        } catch (RuntimeException e) {
            return new Failed(Rejection.internal(file, "parsing", e), e);
        }
    }

    /** Saves a file read and parsed, on the calling thread. */
    private Outcome save(Path file, Prepared prepared) {
        return switch (prepared) {
            case Failed failed -> failed;
            case Parsed parsed -> saveUnderAFreeName(file, parsed);
        };
    }

    private Outcome saveUnderAFreeName(Path file, Parsed first) {
        // A different document may already have the file's name (each language's version as en/report.pdf,
        // fr/report.pdf): then the folder is named too, as far up as it takes, and the file parsed under that name.
        List<String> names = SourceNames.candidates(file);
        for (int n = 0; ; n++) {
            Prepared attempt = n == 0 ? first : parse(file, first.text().named(names.get(n)));
            switch (attempt) {
                case Failed failed -> {
                    return failed;
                }
                case Parsed parsed -> {
                    switch (save(file, parsed.document())) {
                        case Saved saved -> {
                            return saved;
                        }
                        case Failed failed -> {
                            return failed;
                        }
                        case Taken taken -> {
                            if (n + 1 == names.size()) {
                                return new Failed(Rejection.store(file, taken.exception()), null);
                            }
                        }
                    }
                }
            }
        }
    }

    private Attempt save(Path file, ParsedDocument parsed) {
        ParsedDocument document;
        try {
            document = supplied.forFile(file).applyTo(parsed);
        } catch (RejectedInputException e) {
            return new Failed(Rejection.of(file, e), null);
        }
        try {
            // Another language version of a stored work: its structure is compared with theirs, differences reported.
            // So are the resolutions and decisions a session report reproduces, with their other stored versions.
            LanguageVersions versions = new LanguageVersions(store);
            List<String> differences = new ArrayList<>(versions.against(document).stream()
                    .filter(a -> !a.oneToOne()).map(Alignment::describe).toList());
            versions.reproducedAgainst(document).stream().filter(r -> !r.alignment().oneToOne())
                    .map(LanguageVersions.ReproducedAlignment::describe).forEach(differences::add);
            if (!differences.isEmpty()) {
                List<String> warnings = new ArrayList<>(document.warnings());
                warnings.addAll(differences);
                document = document.withWarnings(warnings);
            }
            return new Saved(document, store.save(document));
        } catch (IdentityClashException e) {
            return new Failed(Rejection.identityClash(file, e), null);
        } catch (SourceNameTakenException e) {
            return new Taken(e);
        } catch (StoreException e) {
            return new Failed(Rejection.store(file, e), e);
        }
    }

    /** What happened to one file: it was saved, or it failed. */
    private sealed interface Outcome permits Saved, Failed {
    }

    /** What one try under one name did: an outcome, or the name belongs to another stored document. */
    private sealed interface Attempt permits Saved, Failed, Taken {
    }

    /** The name it was tried under belongs to another stored document; nothing was saved. */
    private record Taken(SourceNameTakenException exception) implements Attempt {
    }

    /** The file's document, as parsed and as the store saved it. */
    private record Saved(ParsedDocument document, StoredDocument stored) implements Outcome, Attempt {
    }

    /** A file read and parsed, not yet saved: its text (to parse again under another name) and its document. */
    private record Parsed(SourceText text, ParsedDocument document) implements Prepared {
    }

    /** What reading and parsing one file gave: its document, or why it has none. */
    private sealed interface Prepared permits Parsed, Failed {
    }

    /** Why the file was not saved, and the exception behind it when it was a bug or a store failure (else null). */
    private record Failed(Rejection rejection, Throwable cause) implements Outcome, Attempt, Prepared {
    }
}
