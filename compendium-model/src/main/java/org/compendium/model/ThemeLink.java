package org.compendium.model;

/**
 * One entry of a published thematic index: a theme pointing to a provision, with the index's own way of citing it.
 *
 * @param themeId      the theme
 * @param citation     the provision of the compendium it resolves to, e.g. {@code CTOC/COP/WG.7 meeting 1 rec. 22}
 * @param label        the index's reference, e.g. {@code I.22}, {@code V.2.e}, {@code VI.al. 5}
 * @param reportSymbol the meeting or session report the row names, e.g. {@code CTOC/COP/WG.7/2012/6}, or null
 * @param reportNumber the report paragraph or recommendation number the row gives for it ({@code 25},
 *                     {@code 8 e)}), or null when the row's numbers could not be aligned with its references
 * @param instrument   for a COP provision, the instrument as the row names it ({@code Résolution 5/3}), else null
 */
public record ThemeLink(String themeId, Citation citation, String label, String reportSymbol, String reportNumber,
                        String instrument) {
    public ThemeLink {
        if (themeId == null || citation == null) {
            throw new IllegalArgumentException("a theme link needs a theme and a citation");
        }
    }
}
