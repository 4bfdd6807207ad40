package org.compendium.model;

import java.util.List;
import java.util.Locale;

/**
 * A language a UN document can be written in: the six official languages of the United Nations, or {@link #UNDETERMINED}
 * when it is not known. One home for language codes: ISO 639-1 ({@code fr}) for exports, URLs and HTML, ISO 639-2/T
 * ({@code fra}) for Akoma Ntoso IRIs.
 */
public enum Language {
    ARABIC("ar", "ara", true, "العربية"),
    CHINESE("zh", "zho", false, "中文"),
    ENGLISH("en", "eng", false, "English"),
    FRENCH("fr", "fra", false, "Français"),
    RUSSIAN("ru", "rus", false, "Русский"),
    SPANISH("es", "spa", false, "Español"),
    /** Not known: ISO 639-2 {@code und}; it has no two-letter code, so {@link #code()} is {@code und} too. */
    UNDETERMINED("und", "und", false, "?");

    /** The six official languages, in the UN's order (alphabetical in English). */
    public static final List<Language> OFFICIAL = List.of(ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH);

    private final String code;
    private final String iso639_2;
    private final boolean rightToLeft;
    private final String endonym;

    Language(String code, String iso639_2, boolean rightToLeft, String endonym) {
        this.code = code;
        this.iso639_2 = iso639_2;
        this.rightToLeft = rightToLeft;
        this.endonym = endonym;
    }

    /** The ISO 639-1 code ({@code fr}), or {@code und} when undetermined. */
    public String code() {
        return code;
    }

    /** The ISO 639-2/T code ({@code fra}), as Akoma Ntoso expressions use. */
    public String iso639_2() {
        return iso639_2;
    }

    /** Whether the language is written right to left (Arabic). */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The language's name in itself ({@code Français}). */
    public String endonym() {
        return endonym;
    }

    public Locale locale() {
        return this == UNDETERMINED ? Locale.ROOT : Locale.forLanguageTag(code);
    }

    /**
     * Reads an ISO 639-1 or 639-2 code (either case, {@code fr}, {@code FRA}, {@code fre}), or a locale tag whose
     * language is one of these ({@code fr-CH}).
     *
     * @throws IllegalArgumentException naming the codes accepted
     */
    public static Language fromCode(String text) {
        if (text != null) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            int dash = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
            String lang = dash > 0 ? t.substring(0, dash) : t;
            for (Language l : values()) {
                if (l.code.equals(lang) || l.iso639_2.equals(lang)) {
                    return l;
                }
            }
            // ISO 639-2/B codes, which some catalogues use.
            switch (lang) {
                case "fre": return FRENCH;
                case "chi": return CHINESE;
                default: break;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "'; expected one of ar, zh, en, fr, ru, es (or und)");
    }

    /** Like {@link #fromCode} but {@link #UNDETERMINED} for null, blank or unknown text. */
    public static Language fromCodeOrUndetermined(String text) {
        try {
            return text == null || text.isBlank() ? UNDETERMINED : fromCode(text);
        } catch (IllegalArgumentException e) {
            return UNDETERMINED;
        }
    }
}
