package org.compendium.themes;

import java.util.Map;

/**
 * What editors already decided for the earlier provisions of a provision's meeting (the document it belongs to, in
 * document order): how many of them have a decided theme, and how many of those have each theme. The classifier
 * makes those themes more likely ({@link MeetingContext#prior()}), and reasons say so.
 *
 * @param provisions the earlier provisions with at least one accepted or added theme
 * @param withTheme  per theme id, how many of them have it
 */
public record MeetingDecisions(int provisions, Map<String, Integer> withTheme) {
    /** Nothing decided yet. */
    public static final MeetingDecisions NONE = new MeetingDecisions(0, Map.of());

    public MeetingDecisions {
        if (provisions < 0) {
            throw new IllegalArgumentException("a count of provisions is not negative: " + provisions);
        }
        withTheme = Map.copyOf(withTheme);
        withTheme.forEach((theme, n) -> {
            if (n < 1 || n > provisions) {
                throw new IllegalArgumentException("theme " + theme + " on " + n + " of " + provisions + " provisions");
            }
        });
    }

    /** How many of the earlier decided provisions have {@code themeId}. */
    public int with(String themeId) {
        return withTheme.getOrDefault(themeId, 0);
    }
}
