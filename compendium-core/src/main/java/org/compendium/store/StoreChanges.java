package org.compendium.store;

import java.util.List;

/**
 * What changed in the store after a given generation, for the search index to catch up: the documents to re-index
 * (by source file name and digest, as the index replaces), or {@code everything} when a change may touch every
 * document (a theme import).
 *
 * @param from       the generation the caller had (exclusive)
 * @param to         the store's generation now
 * @param documents  the documents touched, oldest change first, each once (the last change of a source wins)
 * @param everything whether some change may touch any document, so that only a rebuild brings the index in step
 */
public record StoreChanges(long from, long to, List<Touched> documents, boolean everything) {
    public StoreChanges {
        documents = List.copyOf(documents);
    }

    /** Whether nothing changed since {@code from}. */
    public boolean none() {
        return from == to;
    }

    /** A document some change saved, replaced or re-themed: its source file name and digest at that change. */
    public record Touched(String source, String sha256) {
    }
}
