package org.compendium.themes;

/**
 * One reference of the published index, read from its table but not yet resolved to a stored provision.
 *
 * @param theme        the theme's label as printed (without {@code (suite)})
 * @param reference    the compendium reference
 * @param reportSymbol the meeting or session report the row names for it, or null when the row's symbols could not
 *                     be matched with its references
 * @param reportNumber the report paragraph or recommendation number the row gives for it, or null when the row's
 *                     numbers could not be aligned with its references
 * @param instrument   for part B, {@code Résolution 5/3} or {@code Décision 3/3} as the row names it, else null
 * @param row          the source row, verbatim, for error messages
 */
public record IndexEntry(String theme, IndexReference reference, String reportSymbol, String reportNumber,
                         String instrument, String row) {
}
