package org.compendium.web.catalogue;

import java.util.List;
import java.util.Optional;
import org.compendium.index.ProvisionSearch;
import org.compendium.model.Citation;

/**
 * The provisions most like a given one, as the provision page and {@code GET /api/provisions/{citation}/similar}
 * show them; backed by the search index when there is one.
 */
@FunctionalInterface
public interface SimilarProvisions {
    /**
     * Up to {@code limit} provisions most like the one cited, best first; empty when similarity is not available
     * (no search index), an empty list when nothing is similar.
     */
    Optional<List<SimilarProvision>> of(Citation citation, int limit);

    /** No search index: similarity is never available. */
    static SimilarProvisions unavailable() {
        return (citation, limit) -> Optional.empty();
    }

    /** Similarity from the search index's more-like-this. */
    static SimilarProvisions of(ProvisionSearch search) {
        return (citation, limit) -> Optional.of(search.moreLikeThis(citation, limit).stream()
                .map(h -> new SimilarProvision(h.provision().citation(), h.provision().text(), h.score()))
                .toList());
    }

    /**
     * One similar provision.
     *
     * @param citation its citation
     * @param text     its text
     * @param score    how similar it is (higher is closer; only the order is meaningful)
     */
    record SimilarProvision(Citation citation, String text, double score) {
    }
}
