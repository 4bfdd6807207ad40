package org.compendium.index;

import java.util.List;

/**
 * The counts of one facet field over all the provisions a query matched, most frequent first.
 *
 * @param field  the field, one of {@link SearchFields#FACETS}
 * @param values its values with their counts, most frequent first (ties in value order)
 */
public record Facet(String field, List<FacetCount> values) {
    public Facet {
        values = List.copyOf(values);
    }

    /** The count of one value, 0 when absent. */
    public long count(String value) {
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(FacetCount::count).sum();
    }
}
