package org.compendium.web.catalogue;

import java.util.Optional;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.QuerySyntaxException;
import org.compendium.index.SearchRequest;
import org.compendium.index.SearchResult;

/**
 * The full-text search as the web application sees it: the search index when the server was started with one, else
 * nothing (the pages then say how to build it).
 */
@FunctionalInterface
public interface Searcher {
    /**
     * Runs a search; empty when there is no search index.
     *
     * @throws QuerySyntaxException when the query cannot be read
     */
    Optional<SearchResult> search(SearchRequest request) throws QuerySyntaxException;

    /** No search index. */
    static Searcher unavailable() {
        return request -> Optional.empty();
    }

    /** The search index behind {@code search}. */
    static Searcher of(ProvisionSearch search) {
        return request -> Optional.of(search.search(request));
    }
}
