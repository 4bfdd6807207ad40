package org.compendium.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.compendium.ingest.SourceReader;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingestion reading and parsing ahead on several threads: the store and the listener's calls are those of one thread,
 * in input order, whatever the number of threads; a stop drops what was parsed ahead.
 */
class ParallelIngestionTest {
    private static final List<String> SEEDS = List.of(Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021,
            Corpus.WG7_2021, Corpus.SECRETARIAT_2024);
    /** Sorts between the second and the third seed: a bad file in the middle of the run. */
    private static final String BAD = "002_0-binary.txt";

    @TempDir
    Path tmp;

    @Test
    void oneAndFourThreadsStoreTheSameDocumentsAndPrintTheSameLinesInTheSameOrder() throws IOException {
        Path folder = seedsWithABadFile();

        Run one = run(folder, 1, "one");
        Run four = run(folder, 4, "four");

        assertThat(one.report().describe()).isEqualTo("read 6 files: 5 ingested (0 replaced), 1 rejected, 0 skipped; "
                + one.report().provisions() + " provisions");
        assertThat(one.report().rejections()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo(BAD);
            assertThat(r.cause()).isEqualTo(Rejection.Cause.REJECTED_INPUT);
        });
        assertThat(one.lines()).hasSize(12);
        assertThat(one.lines().get(4)).isEqualTo("started 3/6 " + BAD);
        assertThat(one.lines().get(5)).startsWith("FAILED " + BAD + ": ");
        assertThat(one.sources()).containsExactlyInAnyOrderElementsOf(SEEDS);

        assertThat(four.lines()).containsExactlyElementsOf(one.lines());
        assertThat(four.report()).isEqualTo(one.report());
        assertThat(four.sources()).containsExactlyElementsOf(one.sources());
        assertThat(four.documents()).containsExactlyElementsOf(one.documents());
    }

    @Test
    void withFourThreadsFilesAreParsedOffTheCallingThreadAndAllCallbacksStayOnIt() throws IOException {
        Path folder = seedsWithABadFile();
        Set<Thread> parsing = ConcurrentHashMap.newKeySet();
        try (DocumentStore store = DocumentStore.open(tmp.resolve("data"))) {
            Ingestion ingestion = onFourThreadsNoting(parsing, store);
            Lines lines = new Lines();

            IngestReport report = ingestion.ingest(List.of(folder), lines);

            assertThat(report.ingested()).isEqualTo(5);
            assertThat(parsing).isNotEmpty().doesNotContain(Thread.currentThread());
            assertThat(lines.threads).containsOnly(Thread.currentThread());
        }
    }

    @Test
    void aSingleFileIsParsedOnTheCallingThread() throws IOException {
        Set<Thread> parsing = ConcurrentHashMap.newKeySet();
        try (DocumentStore store = DocumentStore.open(tmp.resolve("data"))) {
            Ingestion ingestion = onFourThreadsNoting(parsing, store);

            IngestReport report = ingestion.ingest(List.of(Corpus.file(Corpus.RES_11_5)), IngestListener.NONE);

            assertThat(report.ingested()).isOne();
            assertThat(parsing).containsExactly(Thread.currentThread());
        }
    }

    @Test
    void aStopAfterTwoFilesStoresExactlyTwoAndDropsTheFilesParsedAhead() throws IOException {
        Path folder = seedsWithABadFile();
        CountDownLatch thirdSeedParsed = new CountDownLatch(1);
        DocumentParser parser = new DocumentParser();
        try (DocumentStore store = DocumentStore.open(tmp.resolve("data"))) {
            Ingestion ingestion = new Ingestion(new SourceReader()::read, text -> {
                ParsedDocument parsed = parser.parse(text);
                if (text.name().equals(Corpus.COMPENDIUM_2021)) {
                    thirdSeedParsed.countDown();
                }
                return parsed;
            }, store).withThreads(4);
            List<Boolean> aheadWhenStopped = new ArrayList<>();
            IngestListener stopAfterTwo = new IngestListener() {
                @Override
                public void ingested(IngestedFile result) {
                    if (result.index() == 2) {
                        // The third seed (the fourth file) is parsed before the stop, so the stop has a parsed file to drop.
                        aheadWhenStopped.add(await(thirdSeedParsed));
                        ingestion.stop();
                    }
                }
            };

            IngestReport report = ingestion.ingest(List.of(folder), stopAfterTwo);

            assertThat(aheadWhenStopped).containsExactly(true);
            assertThat(report).extracting(IngestReport::read, IngestReport::ingested, IngestReport::left)
                    .containsExactly(2, 2, 4);
            assertThat(store.documentCount()).isEqualTo(2);
            assertThat(store.list(DocumentFilter.ALL)).extracting(DocumentSummary::source)
                    .containsExactlyInAnyOrder(Corpus.WG4_2019, Corpus.RES_11_5);
        }
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        try (DocumentStore store = DocumentStore.open(tmp.resolve("data"))) {
            Ingestion ingestion = new Ingestion(new SourceReader(), new DocumentParser(), store);

            assertThat(ingestion.threads()).isBetween(1, Ingestion.MAX_DEFAULT_THREADS);
            assertThatThrownBy(() -> ingestion.withThreads(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one thread");
        }
    }

    /** An ingestion on four threads whose parse step notes the threads it runs on. */
    private static Ingestion onFourThreadsNoting(Set<Thread> parsing, DocumentStore store) {
        DocumentParser parser = new DocumentParser();
        return new Ingestion(new SourceReader()::read, text -> {
            parsing.add(Thread.currentThread());
            return parser.parse(text);
        }, store).withThreads(4);
    }

    private Path seedsWithABadFile() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        for (String seed : SEEDS) {
            Files.copy(Corpus.file(seed), folder.resolve(seed));
        }
        Files.write(folder.resolve(BAD), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x7f, 0x10, 0, 0});
        return folder;
    }

    private Run run(Path folder, int threads, String data) {
        try (DocumentStore store = DocumentStore.open(tmp.resolve(data))) {
            Lines lines = new Lines();
            IngestReport report = new Ingestion(new SourceReader(), new DocumentParser(), store).withThreads(threads)
                    .ingest(List.of(folder), lines);
            return new Run(report, lines.lines, store.list(DocumentFilter.ALL).stream().map(DocumentSummary::source).toList(),
                    store.loadAll(DocumentFilter.ALL));
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What one run stored and printed. */
    private record Run(IngestReport report, List<String> lines, List<String> sources, List<ParsedDocument> documents) {
    }

    /** The lines {@code ingest} prints for each file, and the threads the listener was called on. */
    private static final class Lines implements IngestListener {
        final List<String> lines = new ArrayList<>();
        final Set<Thread> threads = Collections.newSetFromMap(new ConcurrentHashMap<>());

        @Override
        public void started(int index, int total, Path file) {
            threads.add(Thread.currentThread());
            lines.add("started " + index + "/" + total + " " + file.getFileName());
        }

        @Override
        public void ingested(IngestedFile result) {
            threads.add(Thread.currentThread());
            lines.add("OK " + IngestSummary.line(result));
        }

        @Override
        public void failed(int index, int total, Rejection rejection, Throwable cause) {
            threads.add(Thread.currentThread());
            lines.add("FAILED " + rejection.message());
        }
    }
}
