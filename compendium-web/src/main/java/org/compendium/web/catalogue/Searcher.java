package org.compendium.web.catalogue;

import java.util.List;
import java.util.Optional;
import org.compendium.index.DocumentTexts;
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

    /**
     * The unstructured documents (stored without provisions, so without citations) whose text holds {@code words},
     * best first; none without a search index.
     */
    default List<DocumentTexts.Hit> unstructured(String words, int limit) {
        return List.of();
    }

    /** No search index. */
    static Searcher unavailable() {
        return request -> Optional.empty();
    }

    /** The search index behind {@code search}, and the unstructured documents' texts beside it. */
    static Searcher of(ProvisionSearch search) {
        return new Searcher() {
            @Override
            public Optional<SearchResult> search(SearchRequest request) throws QuerySyntaxException {
                return Optional.of(search.search(request));
            }

            @Override
            public List<DocumentTexts.Hit> unstructured(String words, int limit) {
                return DocumentTexts.search(search.folder(), words, limit);
            }
        };
    }

    /**
     * The unstructured documents a search shows after its provisions: with its first hits, for words searched without
     * filters (which are fields of provisions), at most {@link #UNSTRUCTURED_SHOWN}.
     */
    static List<DocumentTexts.Hit> unstructuredFor(Searcher searcher, SearchRequest request) {
        if (request.offset() != 0 || request.query() == null || request.query().isBlank() || !request.filters().isEmpty()) {
            return List.of();
        }
        return searcher.unstructured(request.query(), UNSTRUCTURED_SHOWN);
    }

    /** How many unstructured documents a search shows at most. */
    int UNSTRUCTURED_SHOWN = 10;
}
