package org.compendium.model;

import java.text.Normalizer;

/**
 * A word or phrase that says a theme without its label's words, as editors write it: a synonym
 * ({@code voies légales de migration} for {@code Possibilités de migration}), an acronym ({@code SHERLOC}), or the
 * theme in another UN language ({@code legal migration pathways}). Suggestions match it like the label.
 *
 * @param themeId  the theme it says
 * @param language the language it is written in (one of the six)
 * @param keyword  the word or phrase, NFC, trimmed, inner white space collapsed; 1 to {@value #MAX_LENGTH} characters
 */
public record ThemeKeyword(String themeId, Language language, String keyword) {
    /** The longest keyword. */
    public static final int MAX_LENGTH = 200;

    public ThemeKeyword {
        if (themeId == null || themeId.isBlank()) {
            throw new IllegalArgumentException("a keyword needs its theme");
        }
        if (language == null || !Language.OFFICIAL.contains(language)) {
            throw new IllegalArgumentException("a keyword is written in one of ar, en, es, fr, ru, zh, not " + language);
        }
        keyword = keyword == null ? "" : Normalizer.normalize(keyword, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ");
        if (keyword.isEmpty() || keyword.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a keyword has 1 to " + MAX_LENGTH + " characters");
        }
        if (keyword.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a keyword has no control characters");
        }
    }
}
