package org.compendium.web.catalogue;

import java.util.Objects;
import java.util.Optional;
import org.compendium.store.DocumentStore;
import org.compendium.themes.IndexConsistency;
import org.compendium.themes.TrainingSet;

/**
 * The index's consistency for the editors' page {@code /themes/consistency}: near-identical indexed provisions of
 * different meetings or sessions and how far their imported themes agree ({@link IndexConsistency} at
 * {@link IndexConsistency#NEAR_IDENTICAL}).
 *
 * <p>Computed on first use (about 0.2 s on the seed compendium), then kept until the server restarts: it reads the
 * imported index (which only {@code themes import} changes, and the store is not shared with a running server), not
 * editors' decisions. Until an index is imported nothing is kept, so the page fills in once one is.
 */
public final class ThemeConsistency {
    private final DocumentStore store;
    private volatile IndexConsistency consistency;

    public ThemeConsistency(DocumentStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** The consistency of the imported index; empty when no index was imported. */
    public Optional<IndexConsistency> consistency() {
        IndexConsistency c = consistency;
        if (c == null) {
            synchronized (this) {
                if (consistency == null) {
                    TrainingSet set = TrainingSet.fromStore(store);
                    if (set.examples().isEmpty()) {
                        return Optional.empty();
                    }
                    consistency = IndexConsistency.of(set, IndexConsistency.NEAR_IDENTICAL);
                }
                c = consistency;
            }
        }
        return Optional.of(c);
    }
}
