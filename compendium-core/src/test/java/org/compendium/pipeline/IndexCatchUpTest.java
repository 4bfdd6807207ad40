package org.compendium.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compendium.store.StoreFixtures.REC_12;
import static org.compendium.store.StoreFixtures.compendium;
import static org.compendium.store.StoreFixtures.copResolution;
import static org.compendium.store.StoreFixtures.wg7Report;

import java.nio.file.Path;
import java.time.Instant;
import org.compendium.index.ProvisionIndex;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;

/** A search index that lags its store (an ingest killed before its index commit) is found out and brought in step. */
class IndexCatchUpTest extends BothStores {
    private Path indexDir() {
        return ProvisionIndex.folder(dir);
    }

    @Test
    void anIndexInStepIsLeftAlone() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            try (ProvisionIndex index = ThemeReindex.open(store, indexDir())) {
                IndexRebuild.run(store, index, (i, n, d, p) -> { });
                assertThat(index.generation()).hasValue(1);
                IndexCatchUp.Report r = IndexCatchUp.run(store, index);
                assertThat(r.lagged()).isFalse();
                assertThat(r.documents()).isZero();
            }
        }
    }

    @Test
    void documentsSavedAfterTheIndexCommitAreReindexedAndNothingElse() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            try (ProvisionIndex index = ThemeReindex.open(store, indexDir())) {
                IndexRebuild.run(store, index, (i, n, d, p) -> { });
            }
            // What a killed ingest leaves: saved in the store, never committed to the index.
            store.save(copResolution("res.txt", "bb02"));
            store.save(compendium("compendium.docx", "cc03"));
            store.save(wg7Report("rapport-renamed.pdf", "aa01")); // the same bytes under another name replace rapport.pdf
            assertThat(store.provisionCount()).isEqualTo(3 + 2 + 1);
        }
        try (DocumentStore store = open(); ProvisionIndex index = ThemeReindex.open(store, indexDir())) {
            assertThat(index.generation()).hasValue(1);
            IndexCatchUp.Report r = IndexCatchUp.run(store, index);
            assertThat(r.lagged()).isTrue();
            assertThat(r.rebuilt()).isFalse();
            assertThat(r.from()).isEqualTo(1);
            assertThat(r.to()).isEqualTo(4);
            assertThat(r.documents()).isEqualTo(3);
            assertThat(r.provisions()).isEqualTo(2 + 1 + 3);
            assertThat(index.size()).isEqualTo(store.provisionCount());
            assertThat(index.generation()).hasValue(4);
            assertThat(r.describe()).isEqualTo("the search index lagged the store (it was at store generation 1 of 4): "
                    + "3 documents re-indexed (6 provisions)");
        }
    }

    @Test
    void anIndexWrittenWithAnEarlierLayoutIsRebuiltAtTheNextCatchUp() throws Exception {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            try (ProvisionIndex index = ThemeReindex.open(store, indexDir())) {
                IndexRebuild.run(store, index, (i, n, d, p) -> { });
            }
        }
        // What an earlier version left: the store generation in the commit, but no layout (its fields were others).
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(indexDir());
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of("compendium.store.generation", "1").entrySet());
            w.commit();
        }
        try (DocumentStore store = open(); ProvisionIndex index = ThemeReindex.open(store, indexDir())) {
            assertThat(index.generation()).isEmpty();
            IndexCatchUp.Report r = IndexCatchUp.run(store, index);
            assertThat(r.rebuilt()).isTrue();
            assertThat(index.size()).isEqualTo(store.provisionCount());
            assertThat(index.generation()).hasValue(1);
        }
    }

    @Test
    void aThemeDecisionReindexesTheDocumentsHoldingTheProvision() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            store.save(copResolution("res.txt", "bb02"));
            try (ProvisionIndex index = ThemeReindex.open(store, indexDir())) {
                IndexRebuild.run(store, index, (i, n, d, p) -> { });
            }
            store.themes().decide(new ThemeDecision(REC_12, "cooperation", ThemeVerdict.ADDED, "alice",
                    Instant.parse("2025-01-01T00:00:00Z")), "add", "-");
            ThemeReindex.Report r = ThemeReindex.catchUp(store, indexDir());
            assertThat(r.documents()).isEqualTo(1);
            assertThat(r.provisions()).isEqualTo(3);
        }
    }

    @Test
    void anIndexThatNamesNoGenerationOrALaterOneIsRebuilt() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            try (ProvisionIndex index = ThemeReindex.open(store, indexDir())) {
                index.replace(copResolution("res.txt", "bb02")); // not in the store: a rebuild drops it
                index.commit();
                IndexCatchUp.Report r = IndexCatchUp.run(store, index);
                assertThat(r.rebuilt()).isTrue();
                assertThat(r.from()).isEqualTo(-1);
                assertThat(index.size()).isEqualTo(3);

                index.commit(7); // as if the index had seen writes the store has lost (restored from a backup)
                IndexCatchUp.Report back = IndexCatchUp.run(store, index);
                assertThat(back.storeWentBack()).isTrue();
                assertThat(back.rebuilt()).isTrue();
                assertThat(back.describe()).startsWith("the store is older than its search index (store generation 1, "
                        + "the index had seen 7)");
                assertThat(index.generation()).hasValue(1);
            }
        }
    }
}
