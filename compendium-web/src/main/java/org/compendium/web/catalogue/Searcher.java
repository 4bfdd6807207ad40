package org.compendium.web.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.compendium.index.DocumentTextSearcher;
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
     * best first, at most {@code limit}; none without a search index.
     */
    default List<DocumentTexts.Hit> unstructured(String words, int limit) {
        return List.of();
    }

    /**
     * The unstructured documents shown beside a search's provisions: those holding its words, on its first page, when
     * it has words and no filter (filters are fields of provisions, which these documents do not have); the CLI's
     * rule too.
     */
    default List<DocumentTexts.Hit> alongside(SearchRequest request, boolean firstPage) {
        if (!firstPage || request.query().isBlank() || !request.filters().isEmpty()) {
            return List.of();
        }
        return unstructured(request.query(), request.limit());
    }

    /** No search index. */
    static Searcher unavailable() {
        return request -> Optional.empty();
    }

    /**
     * The search index behind {@code search}, and the unstructured documents' texts kept beside its folder
     * {@code indexDir} ({@link DocumentTexts#folder}), kept open between requests and read again when the store
     * generation the index reflects changes ({@link DocumentTextSearcher}).
     */
    static Searcher of(ProvisionSearch search, Path indexDir) {
        DocumentTextSearcher texts = new DocumentTextSearcher(indexDir, () -> search.generation().orElse(-1));
        return new Searcher() {
            @Override
            public Optional<SearchResult> search(SearchRequest request) throws QuerySyntaxException {
                return Optional.of(search.search(request));
            }

            @Override
            public List<DocumentTexts.Hit> unstructured(String words, int limit) {
                return texts.search(words, limit);
            }
        };
    }
}
