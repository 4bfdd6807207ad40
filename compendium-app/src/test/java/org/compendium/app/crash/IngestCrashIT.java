package org.compendium.app.crash;

import org.compendium.bench.VariedCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.index.ProvisionIndex;
import org.compendium.pipeline.IndexCatchUp;
import org.compendium.pipeline.ThemeReindex;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.store.BothStores;
import org.compendium.store.StoreLocation;
import org.compendium.store.TestStores;
import org.junit.jupiter.api.Test;

/**
 * {@code compendium ingest} over 200 documents, killed with SIGKILL at random moments (fixed seed): after every kill
 * each document printed {@code OK} is stored with all its provisions, no other stored document is partial, the
 * search index agrees with the store once the next open has caught it up, and a last run completes with the lineage
 * of every document found (none left pending); on each store.
 */
class IngestCrashIT extends BothStores {
    private static final int DOCUMENTS = 200;
    private static final int KILLS = 10;
    private static final long SEED = 15L;
    /** A complete summary line: its file name and provision count (a line cut short by the kill does not match). */
    private static final Pattern OK_LINE = Pattern.compile("^OK {2}(\\S+) {2}.*? {2}(\\d+) provisions? .*coverage [\\d.]+%.*$");

    @Test
    void killedIngestsLoseNothingTheyReportedAndLeaveNoPartialDocument() throws Exception {
        Path corpus = dir.resolve("corpus");
        Map<String, Integer> expected = VariedCorpus.write(VariedCorpus.seeds(), corpus, DOCUMENTS);
        Path data = dir;
        Random random = new Random(SEED);
        int reportedInAll = 0;
        long started = System.nanoTime();
        for (int k = 0; k < KILLS; k++) {
            // Kill after a random number of documents (0: during start-up, the catch-up or the first document),
            // plus a random delay, so that kills land in reading, parsing, saving, indexing and printing alike.
            int after = random.nextInt(30);
            long extraMs = random.nextInt(400);
            Map<String, Integer> reported;
            // With lineage, as `ingest` runs by default: a kill may land in the lineage step too (the documents stored
            // stay pending, found by the next run).
            try (ChildRun run = ChildRun.start(Map.of(), "--data", data.toString(), "--store", TestStores.storeArgument(location),
                    "ingest", corpus.toString())) {
                assertThat(run.awaitOut(lines -> okLines(lines).size() >= after, 120_000))
                        .as("run %d reached %d documents; stderr %s", k, after, run.err()).isTrue();
                Thread.sleep(extraMs);
                run.kill();
                reported = okLines(run.out());
                assertThat(run.err()).as("run %d stderr", k).noneMatch(l -> l.contains("FAILED"));
            }
            reportedInAll += reported.size();
            reported.forEach((source, n) -> assertThat(n).as("%s as printed", source).isEqualTo(expected.get(source)));
            long killed = System.nanoTime();
            checkStoreAndIndex(location, expected, reported);
            System.out.printf("kill %d after %d documents + %d ms: %d reported OK; at %.1f s, checked in %.1f s%n", k, after,
                    extraMs, reported.size(), (killed - started) / 1e9, (System.nanoTime() - killed) / 1e9);
        }
        assertThat(reportedInAll).as("documents reported OK over all killed runs").isGreaterThan(KILLS);

        try (ChildRun last = ChildRun.start(Map.of(), "--data", data.toString(), "--store", TestStores.storeArgument(location),
                    "ingest", corpus.toString())) {
            // 600 s: on the shared 2-core machine under a load of about 18, an ingest of the 200 copies with their
            // lineage (about 200,000 links) took 273 s of wall time for 67 s of CPU (README, "Lineage found at ingest").
            int code = last.waitFor(600);
            assertThat(code).as("the last run's exit code; stderr %s", last.err()).isZero();
            assertThat(okLines(last.out())).hasSize(DOCUMENTS);
            // The lineage of every document stored by the killed runs and this one, found in bounded time (the 200
            // copies: about 200,000 links, LineageIngestBenchmark's volume round).
            assertThat(last.out()).anySatisfy(l -> assertThat(l).matches("lineage: \\d+ documents?, \\d+ provisions looked at, \\d+ links found"));
        }
        try (DocumentStore store = open()) {
            assertThat(store.lineage().pending()).as("documents whose lineage is still pending").isEmpty();
            assertThat(store.documentCount()).isEqualTo(DOCUMENTS);
            assertThat(store.provisionCount()).isEqualTo(expected.values().stream().mapToInt(Integer::intValue).sum());
        }
        checkStoreAndIndex(location, expected, Map.of());
    }

    /** The store holds every reported document whole and no partial one; the index, once caught up, matches it. */
    private static void checkStoreAndIndex(StoreLocation location, Map<String, Integer> expected, Map<String, Integer> reported) {
        Path data = location.dataDir();
        try (DocumentStore store = DocumentStore.open(location)) {
            Map<String, Integer> stored = new HashMap<>();
            for (DocumentSummary s : store.list(DocumentFilter.ALL)) {
                stored.put(s.source(), s.provisionCount());
            }
            reported.forEach((source, n) -> assertThat(stored).as("reported OK, so stored").containsEntry(source, n));
            stored.forEach((source, n) -> assertThat(n).as("provisions of stored %s", source).isEqualTo(expected.get(source)));
            int provisions = stored.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(store.provisionCount()).isEqualTo(provisions);
            if (Files.isDirectory(ProvisionIndex.folder(data))) {
                try (ProvisionIndex index = ThemeReindex.open(store, ProvisionIndex.folder(data))) {
                    IndexCatchUp.run(store, index);
                    assertThat(index.size()).as("index after catching up").isEqualTo(provisions);
                    assertThat(index.generation()).hasValue(store.generation());
                }
            }
        }
    }

    private static Map<String, Integer> okLines(List<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (String line : lines) {
            Matcher m = OK_LINE.matcher(line);
            if (m.matches()) {
                out.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return out;
    }
}
