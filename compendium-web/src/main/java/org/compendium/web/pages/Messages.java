package org.compendium.web.pages;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.compendium.model.Body;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentType;
import org.compendium.model.ProvisionKind;
import org.compendium.model.ThemeDecision;
import org.compendium.themes.SimilarProvision;
import org.compendium.themes.Suggestion;

/**
 * The interface strings of one language, from the bundles {@code org/compendium/web/pages/messages_<code>.properties}
 * of the six UN languages (UTF-8), with the formatting of dates and model codes for that language.
 */
public final class Messages {
    private static final String BUNDLE = "org.compendium.web.pages.messages";
    private static final Map<UiLanguage, Messages> ALL = new EnumMap<>(UiLanguage.class);
    /** Between the items of a list in a reason, in both languages. */
    private static final String LIST_SEPARATOR = ", ";
    /** Brackets an argument's index in a pattern formatted to be split into pieces (a private-use character). */
    private static final String MARK = "\uE000";

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
     * A piece of worded text: plain text, or, with an {@code href}, a link. Pages render each piece through the
     * template (which escapes it), so text that links stays data, never markup.
     *
     * @param text  the words
     * @param href  where they link to, or null for plain text
     * @param title the link's title (e.g. the full citation behind a label), or null
     */
    public record Fragment(String text, String href, String title) {
        public Fragment {
            Objects.requireNonNull(text, "text");
        }

        static Fragment plain(String text) {
            return new Fragment(text, null, null);
        }

        /** Whether this piece is a link. */
        public boolean isLink() {
            return href != null;
        }
    }

    /**
     * Why a suggested theme is there, in this language: for a decided theme who decided it and when
     * ({@code themes.decidedBy.*}), else the classifier's evidence, e.g. {@code proche de I.22, V.7 ; mots : corruption}
     * ({@code themes.reason.*}, either part left out when empty); empty when there is neither. The text of
     * {@link #reasonFragments}.
     */
    public String reason(Suggestion s) {
        StringBuilder sb = new StringBuilder();
        reasonFragments(s).forEach(f -> sb.append(f.text()));
        return sb.toString();
    }

    /**
     * The same as {@link #reason}, in pieces: each similar provision's label is a link to its provision page, titled
     * with its citation; the rest is plain text (adjacent plain pieces merged). Empty when there is no reason.
     */
    public List<Fragment> reasonFragments(Suggestion s) {
        ThemeDecision d = s.decision();
        if (d != null) {
            return List.of(Fragment.plain(format("themes.decidedBy." + d.verdict().code(), d.editor(), Names.instant(d.at()))));
        }
        Suggestion.Reason r = s.reason();
        List<Fragment> similar = null;
        if (!r.similar().isEmpty()) {
            List<Fragment> links = new ArrayList<>();
            for (SimilarProvision p : r.similar()) {
                if (!links.isEmpty()) {
                    links.add(Fragment.plain(LIST_SEPARATOR));
                }
                links.add(new Fragment(p.label(), Links.provision(p.citation()), p.citation()));
            }
            similar = fragments("themes.reason.similar", List.of(links));
        }
        List<Fragment> words = r.words().isEmpty() ? null
                : List.of(Fragment.plain(format("themes.reason.words", list(r.words()))));
        List<Fragment> text = similar != null && words != null
                ? fragments("themes.reason.both", List.of(similar, words))
                : similar != null ? similar : words != null ? words : List.of();
        if (r.meetingWith() > 0) {
            text = and(text, List.of(Fragment.plain(format("themes.reason.meeting", r.meetingWith(),
                    r.meetingDecided()))));
        }
        return switch (r.basis()) {
            case OWN_TEXT -> text;
            case FRENCH_VERSION -> and(text, List.of(Fragment.plain(get("themes.reason.frenchVersion"))));
            case OWN_LANGUAGE_LABELS -> and(text, List.of(Fragment.plain(get("themes.reason.ownLanguage"))));
        };
    }

    /** Two parts of a reason, joined as this language joins them; either alone when the other is empty. */
    private List<Fragment> and(List<Fragment> first, List<Fragment> second) {
        return first.isEmpty() ? second : fragments("themes.reason.both", List.of(first, second));
    }

    /**
     * The message {@code key} in pieces, each argument {@code {i}} replaced by the pieces {@code args.get(i)} wherever
     * this language's pattern puts it; the pattern's own words become plain pieces.
     */
    private List<Fragment> fragments(String key, List<List<Fragment>> args) {
        Object[] markers = new Object[args.size()];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = MARK + i + MARK;
        }
        // Private-use characters never occur in the bundles: the formatted text splits back at them exactly.
        String[] parts = format(key, markers).split(MARK, -1);
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                add(out, Fragment.plain(parts[i]));
            } else {
                args.get(Integer.parseInt(parts[i])).forEach(f -> add(out, f));
            }
        }
        return out;
    }

    /** Appends {@code f}, merged into the last piece when both are plain text; empty plain pieces are dropped. */
    private static void add(List<Fragment> out, Fragment f) {
        if (!f.isLink()) {
            if (f.text().isEmpty()) {
                return;
            }
            if (!out.isEmpty() && !out.getLast().isLink()) {
                out.set(out.size() - 1, Fragment.plain(out.getLast().text() + f.text()));
                return;
            }
        }
        out.add(f);
    }

    private static String list(List<String> items) {
        return String.join(LIST_SEPARATOR, items);
    }
}
