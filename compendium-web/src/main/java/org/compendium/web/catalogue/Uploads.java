package org.compendium.web.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.EditorChanges;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.IngestReport;
import org.compendium.pipeline.IngestSummary;
import org.compendium.pipeline.IngestedFile;
import org.compendium.pipeline.Ingestion;
import org.compendium.pipeline.Rejection;
import org.compendium.store.DocumentStore;

/**
 * Documents editors upload from the web: the file is kept under a sanitised name in the data folder's
 * {@code uploads} folder, never over another upload's file (so that nothing sent is lost, and ingesting it again from
 * the command line replaces it),
 * ingested as {@code compendium ingest} ingests it, and the search index brought up to date at once (the server's
 * own index updates, one at a time with editors' decisions).
 */
public final class Uploads {
    /** The largest file accepted: a long meeting report in PDF is a few MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The file kinds ingest reads. */
    public static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "txt", "md");
    private static final int MAX_NAME = 120;

    private final DocumentStore store;
    private final Ingestion ingestion;
    private final EditorChanges indexing;
    private final Counter counter;
    private final Path folder;
    private final java.util.function.Supplier<java.util.Optional<String>> lineage;

    /**
     * What an upload gave.
     *
     * @param ok    whether the document was stored
     * @param lines its {@code OK …} line, or the {@code FAILED …} line saying why, then the counters
     */
    public record Outcome(boolean ok, List<String> lines) {
        public Outcome {
            lines = List.copyOf(lines);
        }
    }

    /** What the uploads count: documents stored and refused (the server's metrics). */
    public interface Counter {
        void count(boolean stored);
    }

    public Uploads(DocumentStore store, SourceReader reader, DocumentParser parser, EditorChanges indexing, Counter counter) {
        this(store, reader, parser, indexing, counter, java.util.Optional::empty);
    }

    /**
     * @param lineage asks for the lineage of what was just indexed ({@link ProvisionLinks#lineageAfterUpload}) and
     *                gives the line to tell the editor; empty when there is no search index
     */
    public Uploads(DocumentStore store, SourceReader reader, DocumentParser parser, EditorChanges indexing, Counter counter,
            java.util.function.Supplier<java.util.Optional<String>> lineage) {
        this.lineage = lineage;
        this.store = store;
        this.ingestion = new Ingestion(reader, parser, store);
        this.indexing = indexing;
        this.counter = counter;
        this.folder = store.dataDir().resolve("uploads");
    }

    /**
     * Keeps and ingests one uploaded file.
     *
     * @param name    the file name the browser sent (any path, any characters: sanitised)
     * @param content the file's bytes
     * @throws IllegalArgumentException when its extension is not one ingest reads
     */
    public synchronized Outcome ingest(String name, InputStream content) throws IOException {
        String safe = sanitise(name);
        Files.createDirectories(folder);
        Path file;
        Path tmp = Files.createTempFile(folder, ".upload-", ".part");
        try {
            Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(tmp) > MAX_BYTES) {
                throw new IllegalArgumentException("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            file = keep(tmp, safe);
        } finally {
            Files.deleteIfExists(tmp);
        }
        String[] storedAs = new String[1];
        List<String> lines = new ArrayList<>();
        IngestReport report = ingestion.ingest(List.of(file), new IngestListener() {
            @Override
            public void ingested(IngestedFile result) {
                storedAs[0] = result.document().source();
                lines.add(IngestSummary.line(result));
            }

            @Override
            public void failed(int index, int total, Rejection rejection, Throwable cause) {
                lines.add("FAILED " + rejection.message());
            }
        });
        lines.add(report.describe() + "; the store holds " + store.documentCount() + " documents");
        boolean ok = report.ingested() > 0;
        counter.count(ok);
        if (ok && safe.equals(storedAs[0]) && !file.equals(folder.resolve(safe))) {
            // A new copy of the document kept under the plain name (same work and language): it takes that file's place.
            Files.move(file, folder.resolve(safe), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.deleteIfExists(file.getParent());
            } catch (java.nio.file.DirectoryNotEmptyException stillKeepsOthers) {
                // The numbered folder keeps other uploads of other names: it stays.
            }
        }
        if (ok) {
            EditorChanges.Outcome<Void> indexed = indexing.catchUp();
            if (indexed.indexError() != null) {
                lines.add("the document is stored, but the search index was NOT updated: " + indexed.indexError()
                        + "; the server tries again within seconds");
            } else {
                try {
                    lineage.get().ifPresent(lines::add);
                } catch (RuntimeException e) {
                    lines.add("the document is stored, but its lineage was NOT found: " + e.getMessage()
                            + "; it is looked for again when a lineage is shown");
                }
            }
        }
        return new Outcome(ok, lines);
    }

    /**
     * Moves an upload out of its temporary file to where it is kept, never over another file: under its plain name
     * when that is free or holds the same bytes, else in the first numbered folder ({@code uploads/2/report.pdf},
     * {@code uploads/3/…}) where the name is free or holds the same bytes. Two uploads of one name — each language's
     * version as {@code report.pdf} — are then both kept, and the store names the second after its folder
     * ({@code 2/report.pdf}), as {@code compendium ingest} does for files of one name in two folders; ingesting the
     * kept file again from the command line finds that name again.
     */
    private Path keep(Path tmp, String safe) throws IOException {
        for (int n = 1; ; n++) {
            Path dir = n == 1 ? folder : folder.resolve(Integer.toString(n));
            Path file = dir.resolve(safe);
            if (Files.isRegularFile(file) && Files.mismatch(file, tmp) == -1) {
                return file;
            }
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                return file;
            }
        }
    }

    /**
     * The name an upload is kept under: the last path segment of what the browser sent (its {@code %22}, {@code %0D},
     * {@code %0A} read back as the quote and line breaks they stand for), in Unicode NFC, letters,
     * digits, {@code . _ -} and spaces kept and anything else (control characters, slashes, quotes) made {@code _},
     * no leading dot, at most 120 characters with its extension, which must be one ingest reads.
     *
     * @throws IllegalArgumentException for a name without a known extension
     */
    public static String sanitise(String sent) {
        // Browsers send a quote and line breaks in a multipart file name as %22, %0D and %0A (the HTML standard).
        String base = sent == null ? "" : sent.replaceAll("(?i)%22", "\"").replaceAll("(?i)%0[ad]", "\n").replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        base.codePoints().forEach(c -> b.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'
                || c == ' ' ? c : '_'));
        String name = b.toString().strip().replaceAll("^[.\\s]+", "");
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            throw new IllegalArgumentException("'" + name + "' is not a file ingest reads (" + String.join(", ",
                    EXTENSIONS.stream().sorted().toList()) + ")");
        }
        String stem = name.substring(0, dot);
        if (stem.isBlank()) {
            stem = "upload";
        }
        int room = MAX_NAME - extension.length() - 1;
        if (stem.length() > room) {
            stem = stem.substring(0, room);
        }
        return stem + "." + extension;
    }
}
