package org.compendium.index;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: one page of hits, the number of matching provisions and the facet counts
 * over all of them (not only the page) — exact, or, for a query matching more documents than are counted exactly,
 * estimated from a sample of the matches ({@code estimated}: shown as "about N").
 *
 * @param request   the request answered
 * @param total     how many provisions matched (an estimate when {@code estimated})
 * @param hits      the page of hits, in the requested order
 * @param facets    one entry per field of {@link SearchFields#FACETS}, in that order (values may be empty)
 * @param estimated whether {@code total} and the facet counts are estimates rather than counts
 */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, List<Facet> facets, boolean estimated) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** An answer whose counts are exact. */
    public SearchResult(SearchRequest request, long total, List<SearchHit> hits, List<Facet> facets) {
        this(request, total, hits, facets, false);
    }

    /** The facet of one field, empty when the field has no values among the matches. */
    public Facet facet(String field) {
        return facets.stream().filter(f -> f.field().equals(field)).findFirst().orElse(new Facet(field, List.of()));
    }

    /** The citations of the hits, in order, as text. */
    public List<String> citations() {
        return hits.stream().map(h -> h.provision().citation().toString()).toList();
    }
}
