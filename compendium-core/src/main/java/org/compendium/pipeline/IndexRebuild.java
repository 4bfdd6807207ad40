package org.compendium.pipeline;

import org.compendium.index.ProvisionIndex;
import org.compendium.model.ParsedDocument;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * The rebuild of the search index from the store: clears it, indexes every stored document in saved order, and
 * commits once, so searches see either the old index or the whole new one.
 */
public final class IndexRebuild {
    /** Told about each document as it is indexed. */
    @FunctionalInterface
    public interface Progress {
        void indexed(int index, int total, ParsedDocument document, int provisions);
    }

    /**
     * What a rebuild did.
     *
     * @param documents  documents read from the store
     * @param provisions provisions indexed
     * @param indexSize  provisions the index holds afterwards (equal to {@code provisions})
     */
    public record Report(int documents, long provisions, int indexSize) {
    }

    private IndexRebuild() {
    }

    /** Rebuilds, and records in the commit the store generation read before the first document. */
    public static Report run(DocumentStore store, ProvisionIndex index, Progress progress) {
        long generation = store.generation();
        int total = store.documentCount();
        index.clear();
        int[] documents = {0};
        long[] provisions = {0};
        store.forEach(DocumentFilter.ALL, doc -> {
            int n = index.replace(doc);
            documents[0]++;
            provisions[0] += n;
            progress.indexed(documents[0], total, doc, n);
        });
        index.commit(generation);
        return new Report(documents[0], provisions[0], index.size());
    }
}
