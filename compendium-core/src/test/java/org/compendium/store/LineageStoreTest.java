package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.store.LineageStore.StoredLink;
import org.junit.jupiter.api.Test;

/**
 * Lineage links found at ingest, on each store: recorded with the documents of both ends, read from either end, kept
 * once when found from both, and gone with a document that is replaced; a document is pending until recorded.
 */
class LineageStoreTest extends BothStores {
    private static final Instant T = Instant.parse("2026-01-02T10:00:00Z");
    private static final Citation OP_4 = Citation.parse("COP res. 11/5 op. 4");

    @Test
    void linksAreReadFromEitherEndAndGoWithAReplacedDocument() {
        try (DocumentStore store = open()) {
            long report = store.save(StoreFixtures.wg7Report("wg7.pdf", "a".repeat(64))).summary().id();
            long compendium = store.save(StoreFixtures.compendium("comp.docx", "b".repeat(64))).summary().id();
            long resolution = store.save(StoreFixtures.copResolution("res.txt", "c".repeat(64))).summary().id();
            LineageStore lineage = store.lineage();
            assertThat(lineage.pending()).containsExactly(report, compendium, resolution);

            StoredLink fromReport = new StoredLink(report, StoreFixtures.REC_12, resolution, OP_4, 0.61);
            StoredLink fromCompendium = new StoredLink(compendium, StoreFixtures.REC_12, resolution, OP_4, 0.55);
            lineage.record(resolution, List.of(fromReport, fromCompendium), T);
            // Found again from the report's side: one row, with the newer score.
            lineage.record(report, List.of(new StoredLink(report, StoreFixtures.REC_12, resolution, OP_4, 0.62)), T);
            lineage.record(compendium, List.of(), T);
            assertThat(lineage.pending()).isEmpty();
            assertThat(lineage.naming(OP_4)).containsExactly(
                    new StoredLink(report, StoreFixtures.REC_12, resolution, OP_4, 0.62), fromCompendium);
            assertThat(lineage.naming(StoreFixtures.REC_12)).hasSize(2);
            assertThat(lineage.naming(Citation.parse("COP res. 11/5 pp. 1"))).isEmpty();

            // The report replaced by a new copy (a re-ingest): its link goes, the compendium's stays, the copy is pending.
            long again = store.save(StoreFixtures.wg7Report("wg7.pdf", "d".repeat(64))).summary().id();
            assertThat(lineage.all()).containsExactly(fromCompendium);
            assertThat(lineage.pending()).containsExactly(again);
        }
        try (DocumentStore reopened = open()) {
            assertThat(reopened.lineage().all()).hasSize(1);
        }
    }

    @Test
    void aLinkToADocumentNoLongerStoredIsRefusedAndNothingIsRecorded() {
        try (DocumentStore store = open()) {
            long resolution = store.save(StoreFixtures.copResolution("res.txt", "c".repeat(64))).summary().id();
            StoredLink toNothing = new StoredLink(resolution + 1000, StoreFixtures.REC_12, resolution, OP_4, 0.7);
            assertThatThrownBy(() -> store.lineage().record(resolution, List.of(toNothing), T))
                    .isInstanceOf(StoreException.class).hasMessageContaining("nothing was changed");
            assertThat(store.lineage().all()).isEmpty();
            assertThat(store.lineage().pending()).containsExactly(resolution);
        }
    }

    @Test
    void aLinkNeedsTwoProvisionsAndAScoreBetweenZeroAndOne() {
        assertThatThrownBy(() -> new StoredLink(1, OP_4, 2, OP_4, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredLink(1, OP_4, 2, StoreFixtures.REC_12, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
