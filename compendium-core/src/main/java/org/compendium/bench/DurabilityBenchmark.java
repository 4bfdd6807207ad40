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
import org.compendium.store.Durability;

/**
 * The cost of durable saves: the seeds, parsed once, saved as {@code COPIES} distinct documents (source name and
 * digest changed, so none replaces another) into a new store that syncs every commit ({@link Durability#SYNCED}, what
 * Compendium uses), into one that writes every commit without forcing it ({@link Durability#WRITTEN}) and into one
 * with H2's default 500 ms write delay ({@link Durability#DELAYED}, which loses recent commits to a kill). Alternates the two, {@code RUNS} times each after one warm-up of each, and prints the medians
 * and their ratio. Only saving is timed; reading and parsing cost the same either way.
 *
 * <p>Run: {@code java -cp ... org.compendium.bench.DurabilityBenchmark CORPUS_DIR [COPIES] [RUNS]} (defaults 200, 5).
 */
public final class DurabilityBenchmark {
    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            out.println("usage: DurabilityBenchmark CORPUS_DIR [COPIES] [RUNS]");
            System.exit(2);
        }
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        SeedCopies copiesOfSeeds = SeedCopies.of(Path.of(args[0]), copies, out);
        List<ParsedDocument> docs = copiesOfSeeds.documents();
        long provisions = copiesOfSeeds.provisions();
        save(docs, Durability.SYNCED);
        save(docs, Durability.DELAYED);
        List<Long> synced = new ArrayList<>();
        List<Long> written = new ArrayList<>();
        List<Long> delayed = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            synced.add(save(docs, Durability.SYNCED));
            written.add(save(docs, Durability.WRITTEN));
            delayed.add(save(docs, Durability.DELAYED));
        }
        long ms = SeedCopies.median(synced);
        long writtenMs = SeedCopies.median(written);
        long baseline = SeedCopies.median(delayed);
        out.printf(Locale.ROOT, "Durability benchmark: %d documents (%d provisions) saved, %d runs each, Java %s%n",
                copies, provisions, runs, System.getProperty("java.version"));
        out.printf(Locale.ROOT, "synced (WRITE_DELAY=0 + CHECKPOINT SYNC per commit): median %d ms (%.1f ms/document), runs %s%n",
                ms, (double) ms / copies, synced);
        out.printf(Locale.ROOT, "written (WRITE_DELAY=0, no sync: survives a kill):     median %d ms (%.1f ms/document), runs %s%n",
                writtenMs, (double) writtenMs / copies, written);
        out.printf(Locale.ROOT, "delayed (H2 default, 500 ms write delay):              median %d ms (%.1f ms/document), runs %s%n",
                baseline, (double) baseline / copies, delayed);
        out.printf(Locale.ROOT, "ratio synced / delayed: %.2f, written / delayed: %.2f%n", (double) ms / baseline,
                (double) writtenMs / baseline);
    }

    /** Saves every document into a new store with that durability; returns the milliseconds taken (closing included). */
    private static long save(List<ParsedDocument> docs, Durability durability) throws IOException {
        Path dir = Files.createTempDirectory("compendium-durability");
        try {
            long t0 = System.nanoTime();
            try (DocumentStore store = DocumentStore.open(dir, durability)) {
                for (ParsedDocument d : docs) {
                    store.save(d);
                }
            }
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            SeedCopies.delete(dir);
        }
    }
}
