package org.compendium.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.links.LineageAtIngest;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexingListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.pipeline.SourceFiles;
import org.compendium.store.DocumentStore;

/**
 * The cost of finding lineage at ingest: the seeds ingested into a new store (read, parse, save, index, commit) with
 * and without the lineage step that follows ({@link LineageAtIngest}), in the same run, once as one ingest of the
 * whole folder and once one file per ingest (each new document against those stored before it). Prints the times of
 * the last of the rounds and the ratio (ingest + lineage) / ingest, in wall time and in this thread's CPU time (the
 * steady figure on a shared, loaded machine; the index's merges run on other threads and are left out of both).
 *
 * <p>With {@code COPIES}, one more round at volume: that many varied copies of the seeds ({@link VariedCorpus}, as the
 * crash test ingests them: every provision a copy of dozens of others in other works), one ingest of the folder, then
 * the lineage step, timed once.
 *
 * <p>Run: {@code java -cp ... org.compendium.bench.LineageIngestBenchmark CORPUS_DIR [ROUNDS [COPIES]]} (default 3, no
 * copies).
 */
public final class LineageIngestBenchmark {
    private LineageIngestBenchmark() {
    }

    /** The times of one round, in nanoseconds. */
    private record Times(long ingest, long lineage, long ingestCpu, long lineageCpu, int links, String last) {
        double ratio() {
            return (double) (ingest + lineage) / ingest;
        }

        double cpuRatio() {
            return (double) (ingestCpu + lineageCpu) / ingestCpu;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1 || args.length > 3 || !Files.isDirectory(Path.of(args[0]))) {
            out.println("usage: LineageIngestBenchmark CORPUS_DIR [ROUNDS [COPIES]]   (ROUNDS defaults to 3; COPIES, "
                    + "when given, adds a round over that many varied copies of the seeds)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length >= 2 ? Integer.parseInt(args[1]) : 3;
        int copies = args.length == 3 ? Integer.parseInt(args[2]) : 0;
        List<Path> files = SourceFiles.expand(List.of(dir)).files();
        Times batch = null;
        Times single = null;
        for (int r = 0; r < rounds; r++) {
            batch = round(List.of(files));
            single = round(files.stream().map(List::of).toList());
        }
        out.printf(Locale.ROOT, "%d seed files, %d rounds, last round timed (H2 store, synced)%n", files.size(), rounds);
        print(out, "one ingest of the folder", batch);
        print(out, "one ingest per file     ", single);
        out.println("as `ingest` prints it after the folder: " + batch.last());
        if (copies > 0) {
            Path folder = Files.createTempDirectory("compendium-lineage-copies-");
            try {
                VariedCorpus.write(dir, folder, copies);
                Times volume = round(List.of(SourceFiles.expand(List.of(folder)).files()));
                print(out, String.format(Locale.ROOT, "%d varied copies   ", copies), volume);
                out.println("as `ingest` prints it: " + volume.last());
            } catch (org.compendium.ingest.RejectedInputException e) {
                throw new IllegalStateException("a seed cannot be read: " + e.getMessage(), e);
            } finally {
                delete(folder);
            }
        }
    }

    private static void print(PrintStream out, String what, Times t) {
        out.printf(Locale.ROOT, "%s: ingest %.0f ms, lineage %.0f ms (%d links found), ratio %.3f; CPU of this thread: "
                + "ingest %.0f ms, lineage %.0f ms, ratio %.3f%n", what, t.ingest() / 1e6, t.lineage() / 1e6, t.links(),
                t.ratio(), t.ingestCpu() / 1e6, t.lineageCpu() / 1e6, t.cpuRatio());
    }

    /** One new store, the given ingests in order, each followed by the lineage step, timed apart. */
    private static Times round(List<List<Path>> ingests) throws IOException {
        Path data = Files.createTempDirectory("compendium-lineage-bench-");
        long ingest = 0;
        long lineage = 0;
        long ingestCpu = 0;
        long lineageCpu = 0;
        int links = 0;
        String last = "";
        try (DocumentStore store = DocumentStore.open(data)) {
            ProvisionSearch search = null;
            try {
                for (List<Path> paths : ingests) {
                    long t0 = System.nanoTime();
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    try (ProvisionIndex index = ProvisionIndex.open(ProvisionIndex.folder(data))) {
                        IndexingListener indexing = new IndexingListener(index);
                        new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(paths, indexing);
                        indexing.commit(store.generation());
                    }
                    long t1 = System.nanoTime();
                    long c1 = THREADS.getCurrentThreadCpuTime();
                    if (search == null) {
                        search = ProvisionSearch.open(ProvisionIndex.folder(data));
                    }
                    search.refresh();
                    LineageAtIngest.Report report = LineageAtIngest.run(store, search);
                    links += report.links();
                    last = report.describe();
                    long t2 = System.nanoTime();
                    long c2 = THREADS.getCurrentThreadCpuTime();
                    ingest += t1 - t0;
                    lineage += t2 - t1;
                    ingestCpu += c1 - c0;
                    lineageCpu += c2 - c1;
                }
            } finally {
                if (search != null) {
                    search.close();
                }
            }
        } finally {
            delete(data);
        }
        return new Times(ingest, lineage, ingestCpu, lineageCpu, links, last);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
