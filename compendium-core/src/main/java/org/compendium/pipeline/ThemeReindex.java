package org.compendium.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.compendium.index.LanguageAnalyzers;
import org.compendium.index.ProvisionIndex;
import org.compendium.store.DocumentStore;

/**
 * Brings the search index's {@code theme} field in step with the store after themes change: re-indexes the documents
 * that hold the changed provisions (after an editor's decision) or rebuilds the whole index (after an import), as
 * the store generation of each change says.
 *
 * <p>Opens the index writer only for the update and closes it at once, so a long-running process (the web server)
 * never holds Lucene's write lock; when another process holds it, {@link org.compendium.index.IndexException} says
 * so and nothing is written (the store's change stands; {@code index rebuild} catches up later).
 */
public final class ThemeReindex {
    /**
     * What an update did.
     *
     * @param indexed    whether there was an index to update (none: nothing to do, search is off anyway)
     * @param documents  documents re-indexed
     * @param provisions provisions re-indexed
     */
    public record Report(boolean indexed, int documents, long provisions) {
        static final Report NO_INDEX = new Report(false, 0, 0);
    }

    private ThemeReindex() {
    }

    /**
     * Re-indexes what the store changed since the index's last commit, with the store's current themes, in one commit:
     * after a decision, the documents holding its provision (the store recorded them with the decision's
     * generation); after an import, which may touch any provision, the whole index ({@link IndexCatchUp}).
     *
     * @throws org.compendium.index.IndexException when the index is locked by another writer or cannot be written
     */
    public static Report catchUp(DocumentStore store, Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return Report.NO_INDEX;
        }
        try (ProvisionIndex index = open(store, indexDir)) {
            IndexCatchUp.Report r = IndexCatchUp.run(store, index);
            return new Report(true, r.documents(), r.provisions());
        }
    }

    /** The index writer with the store's themes as they are now. */
    public static ProvisionIndex open(DocumentStore store, Path indexDir) {
        return ProvisionIndex.open(indexDir, LanguageAnalyzers.defaults(), StoredThemes.of(store), 16);
    }
}
