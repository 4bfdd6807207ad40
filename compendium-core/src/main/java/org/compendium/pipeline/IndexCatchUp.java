package org.compendium.pipeline;

import java.util.OptionalLong;
import org.compendium.index.ProvisionIndex;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreChanges;

/**
 * Brings a search index that lags the store back in step: the index's last commit names the store generation it
 * reflects ({@link ProvisionIndex#generation}); the documents the store changed after it are re-indexed, or, when
 * the index cannot say (no generation, or one the store never reached) or a change may touch every document (a theme
 * import), the whole index is rebuilt. Then it commits with the store's generation.
 *
 * <p>Run at every open that uses the index ({@code ingest}, {@code search}, {@code serve}) and after every theme
 * change, so that an interrupted ingest (killed, or a failed index write) is mended the next time, not silently kept.
 */
public final class IndexCatchUp {
    /**
     * What a catch-up did.
     *
     * @param from       the generation the index reflected, or -1 when it named none
     * @param to         the store's generation, which the index now reflects
     * @param rebuilt    whether the whole index was rebuilt
     * @param documents  documents re-indexed (or removed, when the store no longer holds them)
     * @param provisions provisions indexed
     */
    public record Report(long from, long to, boolean rebuilt, int documents, long provisions) {
        /** Whether the index lagged (and so was brought up to date). */
        public boolean lagged() {
            return from != to;
        }

        /**
         * Whether the index had seen a later state of the store than the store now holds: the store was restored from
         * a backup, or lost its last writes (damage); what was written after it is missing from the store.
         */
        public boolean storeWentBack() {
            return from > to;
        }

        /** One line for the user, e.g. {@code the search index lagged the store (generation 3 of 7): 4 documents re-indexed}. */
        public String describe() {
            if (storeWentBack()) {
                return "the store is older than its search index (store generation " + to + ", the index had seen " + from
                        + "): it was restored from a backup or lost its last writes, so documents and decisions saved "
                        + "since are missing from it; ingest those documents again. The index was rebuilt from the store ("
                        + provisions + " provisions)";
            }
            String was = from < 0 ? "named no store generation" : "was at store generation " + from + " of " + to;
            return "the search index lagged the store (it " + was + "): "
                    + (rebuilt ? "rebuilt, " + provisions + " provisions" : documents + " documents re-indexed ("
                    + provisions + " provisions)");
        }
    }

    private IndexCatchUp() {
    }

    /**
     * Catches {@code index} up with {@code store}, committing when it changed anything.
     *
     * @throws org.compendium.index.IndexException when the index cannot be written
     */
    public static Report run(DocumentStore store, ProvisionIndex index) {
        long to = store.generation();
        OptionalLong at = index.generation();
        if (at.isPresent() && at.getAsLong() == to) {
            return new Report(to, to, false, 0, 0);
        }
        if (at.isEmpty() && index.size() == 0 && store.documentCount() == 0) {
            index.commit(to); // a new index over an empty store is in step
            return new Report(to, to, false, 0, 0);
        }
        StoreChanges changes = at.isPresent() && at.getAsLong() < to ? store.changesSince(at.getAsLong()) : null;
        long from = at.orElse(-1);
        if (changes == null || changes.everything()) {
            IndexRebuild.Report r = IndexRebuild.run(store, index, (i, total, doc, n) -> { });
            return new Report(from, to, true, r.documents(), r.provisions());
        }
        long provisions = 0;
        for (StoreChanges.Touched t : changes.documents()) {
            index.remove(t.source(), t.sha256());
            provisions += store.findBySource(t.source()).map(index::replace).orElse(0);
        }
        index.commit(changes.to());
        return new Report(from, changes.to(), false, changes.documents().size(), provisions);
    }
}
