package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's background lineage step: runs off the caller's thread, shows its progress, folds requests, survives a failure. */
class LineageJobTest {
    private static final Duration LONG = Duration.ofHours(1);

    @TempDir
    Path data;

    @Test
    void theDocumentsPendingAtStartAreLinkedInTheBackgroundWithTheirProgressShown() throws Exception {
        try (DocumentStore store = DocumentStore.open(data)) {
            try (ProvisionIndex index = ProvisionIndex.open(ProvisionIndex.folder(data))) {
                new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(Corpus.dir()), IngestListener.NONE);
                IndexRebuild.run(store, index, (i, n, doc, p) -> { });
            }
            assertThat(store.lineage().pending()).hasSize(5);
            try (ProvisionSearch search = ProvisionSearch.open(ProvisionIndex.folder(data))) {
                // A run told to stop (a server closing) stops before its next document: everything stays pending.
                LineageAtIngest.Report stopped = LineageAtIngest.run(store, search, new LineageAtIngest.Progress() {
                    @Override
                    public void looked(int done, int of) {
                    }

                    @Override
                    public boolean stop() {
                        return true;
                    }
                });
                assertThat(stopped.documents()).isZero();
                assertThat(stopped.pending()).isEqualTo(5);
                assertThat(store.lineage().pending()).hasSize(5);
            }
            try (ProvisionSearch search = ProvisionSearch.open(ProvisionIndex.folder(data));
                 LineageJob job = LineageJob.start(p -> LineageAtIngest.run(store, search, p), LONG)) {
                assertThat(job.awaitIdle(Duration.ofMinutes(5))).isTrue();
                LineageJob.Status status = job.status();
                assertThat(status.running()).isFalse();
                assertThat(status.error()).isNull();
                assertThat(status.done()).isEqualTo(5);
                assertThat(status.of()).isEqualTo(5);
                assertThat(status.last()).hasValueSatisfying(r -> {
                    assertThat(r.documents()).isEqualTo(5);
                    assertThat(r.provisions()).isEqualTo((int) org.compendium.bench.Regressions.getLong("corpus.provisions"));
                });
                assertThat(store.lineage().pending()).isEmpty();
                // Nothing pending: a later run changes nothing and leaves the last real run's report shown.
                job.request();
                assertThat(job.awaitIdle(Duration.ofMinutes(1))).isTrue();
                assertThat(job.status().runs()).isEqualTo(2);
                assertThat(job.status().last().orElseThrow().documents()).isEqualTo(5);
            }
        }
    }

    @Test
    void requestsDuringARunGiveOneMoreRunAndAFailureIsShownThenTriedAgain() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        try (LineageJob job = LineageJob.start(p -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                started.countDown();
                await(release);
                throw new IllegalStateException("the store is closed");
            }
            p.looked(1, 1);
            return new LineageAtIngest.Report(1, 3, 2, 0, 1);
        }, LONG)) {
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(job.status().running()).isTrue();
            job.request();
            job.request();
            job.request();
            release.countDown();
            assertThat(job.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(calls.get()).isEqualTo(2);
            LineageJob.Status status = job.status();
            assertThat(status.runs()).isEqualTo(2);
            assertThat(status.error()).isNull();
            assertThat(status.last()).hasValue(new LineageAtIngest.Report(1, 3, 2, 0, 1));
            assertThat(status.finished()).isNotNull();
        }
    }

    @Test
    void aFailedRunIsShownUntilTheNextOneSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LineageJob job = LineageJob.start(p -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("could not read the search index");
            }
            return new LineageAtIngest.Report(0, 0, 0, 0, 0);
        }, LONG)) {
            assertThat(job.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(job.status().error()).isEqualTo("could not read the search index");
            assertThat(job.status().last()).isEmpty();
            job.request();
            assertThat(job.awaitIdle(Duration.ofSeconds(30))).isTrue();
            assertThat(job.status().error()).isNull();
            assertThat(job.status().last()).isPresent();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
