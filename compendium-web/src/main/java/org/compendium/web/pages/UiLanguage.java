package org.compendium.web.pages;

import java.util.Locale;
import java.util.Optional;

/** A language of the interface (not of the documents, which stay in the language they were written in). */
public enum UiLanguage {
    EN("en", Locale.ENGLISH),
    FR("fr", Locale.FRENCH);

    private final String code;
    private final Locale locale;

    UiLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code, as in {@code ?lang=fr} and {@code <html lang="fr">}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The other interface language, the one the switch link offers. */
    public UiLanguage other() {
        return this == EN ? FR : EN;
    }

    /** The language with this code (any case, surrounding spaces ignored), or empty. */
    public static Optional<UiLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (UiLanguage l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The interface language for a request: {@code ?lang=} when valid, else the {@code lang} cookie, else the first
     * of English or French in the {@code Accept-Language} header, else English.
     */
    public static UiLanguage choose(String queryParam, String cookie, String acceptLanguage) {
        Optional<UiLanguage> chosen = fromCode(queryParam).or(() -> fromCode(cookie));
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String primary = range.getRange().split("-", 2)[0];
                    Optional<UiLanguage> l = fromCode(primary);
                    if (l.isPresent()) {
                        return l.get();
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header chooses nothing; the default below applies.
            }
        }
        return EN;
    }
}
