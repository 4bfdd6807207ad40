package org.compendium.app.crash;

import org.compendium.bench.VariedCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compendium.index.ProvisionIndex;
import org.compendium.pipeline.ThemeReindex;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+C (SIGINT) during {@code compendium ingest}: it stops after the current document, cleanly. */
class IngestInterruptIT {
    @TempDir
    Path work;

    @Test
    void ctrlCStopsAfterTheCurrentDocumentCommitsTheIndexAndSaysWhatIsLeft() throws Exception {
        Path corpus = work.resolve("corpus");
        VariedCorpus.write(VariedCorpus.seeds(), corpus, 40);
        Path data = work.resolve("data");
        List<String> out;
        List<String> err;
        try (ChildRun run = ChildRun.start(Map.of(), "--data", data.toString(), "ingest", corpus.toString())) {
            assertThat(run.awaitOut(lines -> lines.stream().filter(l -> l.startsWith("OK  ")).count() >= 3, 120_000))
                    .as("3 documents ingested; stderr %s", run.err()).isTrue();
            run.interrupt();
            run.waitFor(120);
            out = run.out();
            err = run.err();
        }
        assertThat(err).as("stderr").noneMatch(l -> l.contains("FAILED") || l.contains("DB_CLOSE_ON_EXIT"));
        long ok = out.stream().filter(l -> l.startsWith("OK  ")).count();
        assertThat(out).as("stdout").anyMatch(l -> l.matches("read " + ok + " files: " + ok + " ingested .*; stopped before "
                + (40 - ok) + " more files? \\(run the same command again to ingest them\\); the store holds " + ok
                + " documents?"));
        assertThat(out).anyMatch(l -> l.startsWith("indexed " + ok + " document"));
        try (DocumentStore store = DocumentStore.open(data);
             ProvisionIndex index = ThemeReindex.open(store, ProvisionIndex.folder(data))) {
            assertThat(store.documentCount()).isEqualTo(ok);
            // The index was committed in step before the process exited: nothing for the next open to catch up.
            assertThat(index.generation()).hasValue(store.generation());
            assertThat(index.size()).isEqualTo(store.provisionCount());
        }
    }
}
