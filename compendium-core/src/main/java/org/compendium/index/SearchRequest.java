package org.compendium.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Language;

/**
 * One search: a query in the query syntax (see the README), filters, order and page.
 *
 * @param query   the query text; blank matches every provision
 * @param filters field → accepted values: a provision must have one of the values of every field given; fields are
 *                those of {@link SearchFields#FILTERS}
 * @param sort    the order of the hits
 * @param offset  how many hits to skip (paging), from 0
 * @param limit   how many hits to return, 0 for facets and total only
 * @param language the language the query is written in, whose text field and analyzer read it; {@link
 *                 Language#UNDETERMINED} to have it detected (and, when undetected, every language's field searched)
 * @param reader  the language to show each hit in when the provision has a version in it (the hit is found by any
 *                of its versions); {@link Language#UNDETERMINED} for the version that matched best
 */
public record SearchRequest(String query, Map<String, List<String>> filters, SortOrder sort, int offset, int limit,
                            Language language, Language reader) {
    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 10;
    /** The largest page: deep paging belongs to an export, not to a search. */
    public static final int MAX_LIMIT = 1000;
    /**
     * How deep into a result list a request may reach (offset + limit): cursor paging and exports go this far. Each
     * hit is a group of versions, and the grouping keeps every group up to this depth in memory.
     */
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((field, values) -> copy.put(field, List.copyOf(values)));
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT || offset + limit > MAX_DEPTH) {
            throw new IllegalArgumentException("offset must be ≥ 0, limit between 0 and " + MAX_LIMIT + " and offset + limit at most "
                    + MAX_DEPTH);
        }
        language = language == null ? Language.UNDETERMINED : language;
        reader = reader == null ? Language.UNDETERMINED : reader;
    }

    /** A request whose query language is detected and whose hits show the version that matched best. */
    public SearchRequest(String query, Map<String, List<String>> filters, SortOrder sort, int offset, int limit) {
        this(query, filters, sort, offset, limit, Language.UNDETERMINED, Language.UNDETERMINED);
    }

    /** A first page of {@value #DEFAULT_LIMIT} hits by relevance, without filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 0, DEFAULT_LIMIT);
    }

    /** This request with one more accepted value for {@code field}. */
    public SearchRequest withFilter(String field, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(copy.getOrDefault(field, List.of()));
        values.add(value);
        copy.put(field, values);
        return new SearchRequest(query, copy, sort, offset, limit, language, reader);
    }

    public SearchRequest withSort(SortOrder s) {
        return new SearchRequest(query, filters, s, offset, limit, language, reader);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, filters, sort, newOffset, newLimit, language, reader);
    }

    /** This request with the query read in {@code queryLanguage} ({@link Language#UNDETERMINED}: detected). */
    public SearchRequest withLanguage(Language queryLanguage) {
        return new SearchRequest(query, filters, sort, offset, limit, queryLanguage, reader);
    }

    /** This request with each hit shown in {@code readerLanguage} when the provision has a version in it. */
    public SearchRequest withReader(Language readerLanguage) {
        return new SearchRequest(query, filters, sort, offset, limit, language, readerLanguage);
    }
}
