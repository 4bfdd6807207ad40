package org.compendium.web.pages;

import java.util.Locale;
import java.util.Optional;
import org.compendium.model.Language;

/**
 * A language of the interface: one of the six UN languages, in the UN's order. It is also the reader's language:
 * search hits and provision pages show a provision's version in it when the store holds one.
 */
public enum UiLanguage {
    AR(Language.ARABIC),
    ZH(Language.CHINESE),
    EN(Language.ENGLISH),
    FR(Language.FRENCH),
    RU(Language.RUSSIAN),
    ES(Language.SPANISH);

    private final Language language;
    private final String code;
    private final Locale locale;

    UiLanguage(Language language) {
        this.language = language;
        this.code = language.code();
        this.locale = language.locale();
    }

    /** The UN language this interface language is. */
    public Language language() {
        return language;
    }

    /** The writing direction, as HTML's {@code dir} attribute takes it: {@code rtl} for Arabic, else {@code ltr}. */
    public String dir() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    /** The language's name in itself, as the language switcher shows it ({@code العربية}, {@code 中文}). */
    public String endonym() {
        return language.endonym();
    }

    /** The ISO 639-1 code, as in {@code ?lang=fr} and {@code <html lang="fr">}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** English for French, French for any other: the default second language of a page's links in tests. */
    public UiLanguage other() {
        return this == FR ? EN : FR;
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
     * of the six in the {@code Accept-Language} header, else English.
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
