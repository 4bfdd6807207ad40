package org.compendium.index;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: one page of hits, the exact number of matching provisions and the facet
 * counts over all of them (not only the page).
 *
 * @param request the request answered
 * @param total   how many provisions matched
 * @param hits    the page of hits, in the requested order
 * @param facets  one entry per field of {@link SearchFields#FACETS}, in that order (values may be empty)
 */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, List<Facet> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
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
