package org.compendium.web.catalogue;

import java.util.Optional;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.DraftingAssistant;
import org.compendium.links.DraftingAssistant.DraftAnswer;

/**
 * The drafting assistant as the web application sees it: the closest adopted provisions to a pasted draft, from the
 * search index when the server was started with one.
 */
@FunctionalInterface
public interface Drafting {
    /**
     * The closest provisions to {@code draft}; empty when there is no search index.
     *
     * @throws IllegalArgumentException when the draft is blank or too long, or the limit out of range
     */
    Optional<DraftAnswer> closest(String draft, int limit);

    /** No search index. */
    static Drafting unavailable() {
        return (draft, limit) -> Optional.empty();
    }

    /** The assistant over {@code search}. */
    static Drafting of(ProvisionSearch search) {
        DraftingAssistant assistant = new DraftingAssistant(search);
        return (draft, limit) -> Optional.of(assistant.closest(draft, limit));
    }
}
