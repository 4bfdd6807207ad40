package org.compendium.index;

/**
 * One value of a facet with the number of matching provisions that have it.
 *
 * @param value the value as displayed (e.g. {@code WG.7}, {@code sont encouragés}); pass it back as a filter value
 * @param count how many matching provisions have it
 */
public record FacetCount(String value, long count) {
}
