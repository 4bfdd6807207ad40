package org.compendium.web.api;

import java.util.List;
import java.util.Map;
import org.compendium.index.SearchFields;
import org.compendium.index.SearchRequest;
import org.compendium.index.SortOrder;

/**
 * A search as the query string gives it ({@code q}, one parameter per facet field, {@code sort}, {@code page}), read
 * into a {@link SearchRequest}; shared by {@code GET /api/search} and the search page, so both read links alike.
 *
 * @param request  the search to run
 * @param page     the page asked for, from 1
 * @param pageSize hits per page
 */
public record SearchParams(SearchRequest request, int page, int pageSize) {
    /** Hits per page. */
    public static final int PAGE_SIZE = 10;
    /** The deepest page: paging stops where {@link SearchRequest#MAX_LIMIT} would be passed. */
    static final int MAX_PAGE = 100;

    /** Reads the query string; a bad sort or page is a 400 saying what is accepted. */
    public static SearchParams from(Map<String, List<String>> query) {
        String q = first(query, "q");
        SortOrder sort;
        try {
            String s = first(query, "sort");
            sort = Params.present(s) ? SortOrder.fromCode(s.strip()) : SortOrder.RELEVANCE;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown sort '" + first(query, "sort") + "'", "sort is relevance or date");
        }
        Integer asked = Params.number("page", first(query, "page"));
        int page = asked == null ? 1 : asked;
        if (page > MAX_PAGE) {
            throw ApiException.badRequest("page " + page + " is too deep", "pages go up to " + MAX_PAGE + "; narrow the search with filters");
        }
        SearchRequest request = new SearchRequest(q == null ? "" : q.strip(), Map.of(), sort, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        for (String field : SearchFields.FACETS) {
            for (String value : query.getOrDefault(field, List.of())) {
                if (Params.present(value)) {
                    request = request.withFilter(field, value.strip());
                }
            }
        }
        return new SearchParams(request, page, PAGE_SIZE);
    }

    /** Whether {@code value} of {@code field} is one of the filters. */
    public boolean selected(String field, String value) {
        return request.filters().getOrDefault(field, List.of()).contains(value);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
