package org.compendium.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.compendium.index.IndexException;
import org.compendium.index.ProvisionIndex;

/**
 * The ingest listener that keeps the search index in step with the store: every document saved is re-indexed
 * (replacing its earlier copy); {@link #commit} makes the run's changes visible. An index failure never fails the
 * ingest (the store is the record; the index can be rebuilt from it): it is counted and its message kept.
 */
public final class IndexingListener implements IngestListener {
    private final ProvisionIndex index;
    private int documents;
    private long provisions;
    private final List<String> failures = new ArrayList<>();

    public IndexingListener(ProvisionIndex index) {
        this.index = index;
    }

    @Override
    public void ingested(IngestedFile result) {
        try {
            provisions += index.replace(result.document());
            documents++;
        } catch (IndexException e) {
            failures.add(result.file().getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * Commits the run's changes, recording that the index reflects {@code storeGeneration} when every document was
     * indexed (after a failure the commit keeps the generation it had, so the next open re-indexes what is missing).
     *
     * @return the counters: documents and provisions indexed, failures, and the index size after the commit
     */
    public Counters commit(long storeGeneration) {
        try {
            if (failures.isEmpty()) {
                index.commit(storeGeneration);
            } else {
                index.commit();
            }
        } catch (IndexException e) {
            failures.add(e.getMessage());
        }
        return new Counters(documents, provisions, List.copyOf(failures), index.size());
    }

    /**
     * What indexing did during an ingest.
     *
     * @param documents  documents indexed
     * @param provisions provisions indexed
     * @param failures   one message per failure (the index is then out of step: `compendium index rebuild` mends it)
     * @param indexSize  provisions the index holds
     */
    public record Counters(int documents, long provisions, List<String> failures, int indexSize) {
        public Counters {
            failures = List.copyOf(failures);
        }
    }
}
