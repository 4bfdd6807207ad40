package org.compendium.web.api;

import java.util.List;
import java.util.Map;
import org.compendium.index.SearchFields;
import org.compendium.index.SearchRequest;
import org.compendium.index.SortOrder;
import org.compendium.model.Language;

/**
 * A search as the query string gives it ({@code q}, {@code qlang} the query's language (detected when absent),
 * {@code lang} the reader's language (each hit shown in its version in that language), one parameter per facet field,
 * {@code sort}, {@code page}, {@code pageSize}), read into a {@link SearchRequest}; shared by {@code GET /api/search} and the search page, so both
 * read links alike. The API reads strictly ({@link #fromApi}): a parameter it does not know, or a single-valued one
 * given twice, is refused rather than ignored, so a script's typo ({@code bdy=WG.4}) is not a silently unfiltered
 * search.
 *
 * @param request  the search to run
 * @param page     the page asked for, from 1
 * @param pageSize hits per page
 */
public record SearchParams(SearchRequest request, int page, int pageSize) {
    /** Hits per page when none is asked for. */
    public static final int PAGE_SIZE = 10;
    /** The largest page a client may ask for ({@code pageSize}). */
    public static final int MAX_PAGE_SIZE = 100;
    /** The parameters of one value each. */
    static final List<String> SINGLE = List.of("q", "qlang", "sort", "page", "pageSize", "cursor", "lang");
    private static final String CURSOR_PREFIX = "o:";

    /** Reads the query string of a page; a bad sort, page or page size is a 400 saying what is accepted. */
    public static SearchParams from(Map<String, List<String>> query) {
        String q = first(query, "q");
        SortOrder sort;
        try {
            String s = first(query, "sort");
            sort = Params.present(s) ? SortOrder.fromCode(s.strip()) : SortOrder.RELEVANCE;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown sort '" + first(query, "sort") + "'", "sort is relevance or date");
        }
        Integer askedSize = Params.number("pageSize", first(query, "pageSize"));
        int pageSize = askedSize == null ? PAGE_SIZE : askedSize;
        if (pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("pageSize " + pageSize + " is too large",
                    "pageSize goes up to " + MAX_PAGE_SIZE + "; page through the rest with page");
        }
        Integer asked = Params.number("page", first(query, "page"));
        int page = asked == null ? 1 : asked;
        int maxPage = SearchRequest.MAX_LIMIT / pageSize;
        String cursor = first(query, "cursor");
        int offset;
        if (Params.present(cursor)) {
            if (asked != null) {
                throw ApiException.badRequest("both page and cursor given", "give page for the first "
                        + SearchRequest.MAX_LIMIT + " hits, or the cursor of the previous answer's next, not both");
            }
            offset = offsetOf(cursor.strip());
            if (offset + pageSize > SearchRequest.MAX_DEPTH) {
                throw ApiException.badRequest("the cursor reaches past the first " + SearchRequest.MAX_DEPTH + " hits",
                        "narrow the search with filters, or export it with /api/search/export");
            }
            page = offset / pageSize + 1;
        } else if (page > maxPage) {
            throw ApiException.badRequest("page " + page + " is too deep", "with pageSize " + pageSize + " pages go up to "
                    + maxPage + " (the first " + SearchRequest.MAX_LIMIT + " hits); page further with cursor (each answer's "
                    + "next), narrow the search with filters, or export it with /api/search/export");
        } else {
            offset = (page - 1) * pageSize;
        }
        String qlang = first(query, "qlang");
        Language queryLanguage = Params.present(qlang) ? Params.language(qlang.strip()) : Language.UNDETERMINED;
        String lang = first(query, "lang");
        Language reader = Params.present(lang) ? Language.fromCodeOrUndetermined(lang.strip()) : Language.UNDETERMINED;
        SearchRequest request = new SearchRequest(q == null ? "" : q.strip(), Map.of(), sort, offset, pageSize,
                queryLanguage, reader);
        for (String field : SearchFields.FACETS) {
            for (String value : query.getOrDefault(field, List.of())) {
                if (Params.present(value)) {
                    request = request.withFilter(field, value.strip());
                }
            }
        }
        return new SearchParams(request, page, pageSize);
    }

    /**
     * Reads the query string of {@code GET /api/search}, strictly: only the parameters of {@link #accepted()}, each
     * of {@link #SINGLE} at most once, {@code lang} a language code; then as {@link #from}.
     */
    public static SearchParams fromApi(Map<String, List<String>> query) {
        for (var parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (!accepted().contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'",
                        "GET /api/search takes " + String.join(", ", accepted())
                                + " (a facet field names a filter; repeat it for alternatives)");
            }
            if (SINGLE.contains(name) && parameter.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + name + "' given " + parameter.getValue().size() + " times",
                        "give " + name + " once");
            }
        }
        String lang = first(query, "lang");
        if (Params.present(lang)) {
            Params.language(lang.strip());
        }
        return from(query);
    }

    /** Every parameter {@code GET /api/search} accepts: the single ones, then the facet fields. */
    public static List<String> accepted() {
        List<String> out = new java.util.ArrayList<>(SINGLE);
        out.addAll(SearchFields.FACETS);
        return List.copyOf(out);
    }

    /**
     * The cursor of the hits after this page, or null when this page is the last (or the next would reach past
     * {@link SearchRequest#MAX_DEPTH}): an opaque token, today the offset of the next hit, base64url-encoded.
     */
    public String next(long total) {
        long next = (long) request.offset() + request.limit();
        return next < total && next + pageSize <= SearchRequest.MAX_DEPTH ? java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + next).getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null;
    }

    /** The offset a cursor stands for; a 400 when it is not one this server wrote. */
    static int offsetOf(String cursor) {
        String decoded;
        try {
            decoded = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        if (!decoded.matches(CURSOR_PREFIX + "\\d{1,9}")) {
            throw ApiException.badRequest("malformed cursor '" + cursor + "'", "pass the next of a previous answer as it is");
        }
        return Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
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
