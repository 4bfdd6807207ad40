package org.compendium.model;

import java.time.Instant;

/**
 * An editor's decision about one theme of one provision; it outlives re-imports and always wins over a suggestion.
 *
 * @param citation the provision
 * @param themeId  the theme
 * @param verdict  accepted, rejected or added
 * @param editor   the editor's user name
 * @param at       when it was decided
 */
public record ThemeDecision(Citation citation, String themeId, ThemeVerdict verdict, String editor, Instant at) {
    public ThemeDecision {
        if (citation == null || themeId == null || verdict == null || editor == null || at == null) {
            throw new IllegalArgumentException("a theme decision needs a citation, theme, verdict, editor and time");
        }
    }
}
