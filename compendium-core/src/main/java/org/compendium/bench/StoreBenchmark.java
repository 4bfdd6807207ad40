package org.compendium.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.model.ParsedDocument;
import org.compendium.store.DocumentStore;
import org.compendium.store.ScratchDatabases;
import org.compendium.store.StoreLocation;

/**
 * Ingest throughput on each store, in the same run: the seeds, parsed once, saved as {@code COPIES} distinct documents
 * into a new embedded H2 store and into a new PostgreSQL database, both durable as Compendium always is (H2: a sync
 * per commit; PostgreSQL: {@code synchronous_commit = on}). Alternates the two, {@code RUNS} times each after one
 * warm-up of each, and prints the medians as documents, provisions and source megabytes per second, and the ratio
 * PostgreSQL / H2. Only the saves are timed (not opening the store, which migrates a new one): reading, parsing and
 * indexing cost the same on either store.
 *
 * <p>Run: {@code java -cp ... org.compendium.bench.StoreBenchmark CORPUS_DIR --pg URL [COPIES] [RUNS]} (defaults 200,
 * 3), where URL names a database on the server as a user who may create databases
 * ({@code postgresql://127.0.0.1:5432/postgres?user=postgres}): each run gets a new database, dropped afterwards.
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> positional = new ArrayList<>();
        String pg = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--pg") && i + 1 < args.length) {
                pg = args[++i];
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.isEmpty() || !Files.isDirectory(Path.of(positional.get(0))) || pg == null) {
            out.println("usage: StoreBenchmark CORPUS_DIR --pg postgresql://HOST:PORT/DB?user=U[&password=P] [COPIES] [RUNS]");
            System.exit(2);
        }
        int copies = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 200;
        int runs = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 3;
        Path scratch = Files.createTempDirectory("compendium-store-bench");
        StoreLocation.Postgres server = (StoreLocation.Postgres) StoreLocation.of(pg, scratch);
        SeedCopies docs = SeedCopies.of(Path.of(positional.get(0)), copies, out);

        saveIntoEmbedded(docs.documents());
        saveIntoPostgres(docs.documents(), server);
        List<Long> embedded = new ArrayList<>();
        List<Long> postgres = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            embedded.add(saveIntoEmbedded(docs.documents()));
            postgres.add(saveIntoPostgres(docs.documents(), server));
        }
        SeedCopies.delete(scratch);
        long h2 = SeedCopies.median(embedded);
        long pgMs = SeedCopies.median(postgres);
        out.printf(Locale.ROOT, "Store benchmark: %d documents (%d provisions, %.1f MB of source text) saved, %d runs each, "
                + "Java %s, PostgreSQL at %s%n", copies, docs.provisions(), docs.sourceChars() / 1e6, runs,
                System.getProperty("java.version"), server.describe());
        row(out, "H2 (embedded)", h2, embedded, docs);
        row(out, "PostgreSQL   ", pgMs, postgres, docs);
        out.printf(Locale.ROOT, "ratio PostgreSQL / H2 (time): %.2f; throughput PostgreSQL / H2: %.2f%n",
                (double) pgMs / h2, (double) h2 / pgMs);
    }

    private static void row(PrintStream out, String store, long ms, List<Long> runs, SeedCopies docs) {
        double seconds = ms / 1000.0;
        out.printf(Locale.ROOT, "%s: median %d ms = %.1f documents/s, %.0f provisions/s, %.2f MB/s of source; runs %s%n",
                store, ms, docs.documents().size() / seconds, docs.provisions() / seconds, docs.sourceChars() / 1e6 / seconds,
                runs);
    }

    /** Saves every document into a new embedded store; returns the milliseconds the saves took. */
    private static long saveIntoEmbedded(List<ParsedDocument> docs) throws IOException {
        Path dir = Files.createTempDirectory("compendium-store-bench-h2");
        try {
            return save(docs, StoreLocation.embedded(dir));
        } finally {
            SeedCopies.delete(dir);
        }
    }

    /** Saves every document into a new PostgreSQL database; returns the milliseconds the saves took. */
    private static long saveIntoPostgres(List<ParsedDocument> docs, StoreLocation.Postgres server) {
        StoreLocation.Postgres database = ScratchDatabases.create(server, "compendium_bench");
        try {
            return save(docs, database);
        } finally {
            ScratchDatabases.drop(server, database);
        }
    }

    /** Saves every document into the store at {@code location}; returns the milliseconds the saves took (not the open). */
    private static long save(List<ParsedDocument> docs, StoreLocation location) {
        try (DocumentStore store = DocumentStore.open(location)) {
            long t0 = System.nanoTime();
            for (ParsedDocument d : docs) {
                store.save(d);
            }
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
