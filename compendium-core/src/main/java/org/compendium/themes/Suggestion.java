package org.compendium.themes;

import java.util.List;
import org.compendium.model.ThemeDecision;

/**
 * A theme suggested for a provision, or decided for it by an editor; a decision always wins over a score.
 *
 * @param themeId  the theme
 * @param label    the theme's label
 * @param score    the classifier's score (0 to 1), or NaN when the theme is only there by decision
 * @param reason   why: the most similar indexed provisions with this theme and the words that weighed most
 * @param decision the editor's decision about it, or null
 */
public record Suggestion(String themeId, String label, double score, String reason, ThemeDecision decision) {
    static String reason(ThemeClassifier.Score s) {
        String similar = s.similar().isEmpty() ? "" : "similar to " + String.join(", ", s.similar());
        String words = s.words().isEmpty() ? "" : "words: " + String.join(", ", s.words());
        return String.join("; ", List.of(similar, words).stream().filter(x -> !x.isEmpty()).toList());
    }
}
