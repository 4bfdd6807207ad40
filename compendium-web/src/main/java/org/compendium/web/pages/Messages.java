package org.compendium.web.pages;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.compendium.model.Body;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentType;
import org.compendium.model.ProvisionKind;
import org.compendium.model.ThemeDecision;
import org.compendium.themes.Suggestion;

/**
 * The interface strings of one language, from the bundles {@code org/compendium/web/pages/messages_en.properties}
 * and {@code messages_fr.properties} (UTF-8), with the formatting of dates and model codes for that language.
 */
public final class Messages {
    private static final String BUNDLE = "org.compendium.web.pages.messages";
    private static final Map<UiLanguage, Messages> ALL = new EnumMap<>(UiLanguage.class);

    static {
        for (UiLanguage l : UiLanguage.values()) {
            // No fallback: a missing French bundle must not silently show English (or the platform's locale).
            ALL.put(l, new Messages(l, ResourceBundle.getBundle(BUNDLE, l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final UiLanguage language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;

    private Messages(UiLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    }

    /** The messages of {@code language}. */
    public static Messages of(UiLanguage language) {
        return ALL.get(language);
    }

    public UiLanguage language() {
        return language;
    }

    /** The keys of the bundle, for tests that compare the two languages. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    /**
     * The string for {@code key}.
     *
     * @throws MissingResourceException when the bundle lacks it (a test checks both bundles hold the same keys)
     */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The string for {@code key} with {@code {0}}, {@code {1}}, ... replaced, formatted for this language. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }

    /** A date range in words, e.g. {@code 14 octobre 2021 – 15 octobre 2021}; empty for null. */
    public String dates(DateRange dates) {
        if (dates == null) {
            return "";
        }
        String start = dateFormat.format(dates.start());
        return dates.start().equals(dates.end()) ? start : start + " – " + dateFormat.format(dates.end());
    }

    /** A document type's name. */
    public String type(DocumentType type) {
        return get("type." + type.code());
    }

    /** A provision kind's name. */
    public String kind(ProvisionKind kind) {
        return get("kind." + kind.code());
    }

    /** A body's name, or the name for documents without a recognised body. */
    public String body(Body body) {
        return get("body." + (body == null ? "none" : body.code()));
    }

    /**
     * Why a suggested theme is there, in this language: for a decided theme who decided it and when
     * ({@code themes.decidedBy.*}), else the classifier's evidence, e.g. {@code proche de I.22, V.7 ; mots : corruption}
     * ({@code themes.reason.*}, either part left out when empty); empty when there is neither.
     */
    public String reason(Suggestion s) {
        ThemeDecision d = s.decision();
        if (d != null) {
            return format("themes.decidedBy." + d.verdict().code(), d.editor(), Names.instant(d.at()));
        }
        Suggestion.Reason r = s.reason();
        String similar = r.similar().isEmpty() ? null : format("themes.reason.similar", list(r.similar()));
        String words = r.words().isEmpty() ? null : format("themes.reason.words", list(r.words()));
        if (similar != null && words != null) {
            return format("themes.reason.both", similar, words);
        }
        return similar != null ? similar : words != null ? words : "";
    }

    private static String list(List<String> items) {
        return String.join(", ", items);
    }
}
