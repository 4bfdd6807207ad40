package org.compendium.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that turns a ranking into predicted themes: the best theme always, then each next theme while its score
 * is at least {@code ratio} times the best one and at least {@code minimum}, up to {@code max} themes. A ratio
 * rather than a fixed cut-off lets a provision with several clear themes get them all.
 *
 * @param ratio   the share of the best score a theme needs
 * @param minimum the absolute score a theme needs beyond the first
 * @param max     the most themes predicted
 */
public record Selection(double ratio, double minimum, int max) {
    /** The rule measured best by leave-one-meeting-out (see the README, section Themes). */
    public static final Selection DEFAULT = new Selection(0.4, 0.2, 4);

    /** The predicted themes of a ranking (best first). */
    public List<ThemeClassifier.Score> select(List<ThemeClassifier.Score> ranked) {
        List<ThemeClassifier.Score> out = new ArrayList<>();
        for (ThemeClassifier.Score s : ranked) {
            if (out.size() == max) {
                break;
            }
            if (!out.isEmpty() && (s.score() < ratio * ranked.getFirst().score() || s.score() < minimum)) {
                break;
            }
            out.add(s);
        }
        return out;
    }
}
