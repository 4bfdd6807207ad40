package org.compendium.index;

import org.compendium.model.TextFolding;
import java.util.List;
import org.compendium.parse.grammar.Modals;
import org.compendium.model.Language;
import java.util.Map;
import java.util.EnumMap;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader of a provision's leading verb for the {@code verb} facet: the parser's leading verb of a resolution
 * paragraph when it has one ({@code Prie instamment}), else the modal phrase that carries a recommendation
 * ({@code devraient}, {@code sont encouragés}, {@code voudront peut-être}), read from its first words.
 */
public final class LeadingVerbs {
    /** How far into the text a modal phrase is looked for: a recommendation's subject comes first, after a clause at most. */
    static final int WINDOW = 320;

    /** The modal-phrase pattern of each language, from the grammar's table ({@link Modals}), built once. */
    private static final Map<Language, Pattern> MODAL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            List<String> phrases = Modals.of(l);
            if (!phrases.isEmpty()) {
                String alternatives = String.join("|", phrases.stream().map(m -> Pattern.quote(m).replace(" ", "\\E\\s+\\Q")).toList());
                MODAL.put(l, Modals.spacedWords(l)
                        ? Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])")
                        : Pattern.compile("(?:" + alternatives + ")"));
            }
        }
    }

    private LeadingVerbs() {
    }

    /**
     * The verb facet value of a provision, lower case with its accents, or null.
     *
     * @param parsed the parser's leading verb, or null
     * @param text   the provision's text
     */
    public static String of(String parsed, String text) {
        return of(parsed, text, Language.FRENCH);
    }

    /** The verb facet value of a provision in {@code language}: the parser's leading verb, else the language's modal. */
    public static String of(String parsed, String text, Language language) {
        if (parsed != null && !parsed.isBlank()) {
            return clean(parsed);
        }
        return modal(text, language);
    }

    /** The modal phrase near the start of {@code text} ({@code devraient}, {@code sont encouragés}), or null. */
    public static String modal(String text) {
        return modal(text, Language.FRENCH);
    }

    /** The modal phrase of {@code language} near the start of {@code text}, or null. */
    public static String modal(String text, Language language) {
        Pattern modal = MODAL.get(language);
        if (modal == null) {
            return null;
        }
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        Matcher m = modal.matcher(TextFolding.foldKeepingLength(head));
        return m.find() ? clean(head.substring(m.start(), m.end())) : null;
    }

    /** Where the modal phrase starts in {@code text}, or -1. */
    static int modalStart(String text) {
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        Matcher m = MODAL.get(Language.FRENCH).matcher(TextFolding.foldKeepingLength(head));
        return m.find() ? m.start() : -1;
    }

    private static String clean(String verb) {
        // Markdown sources may leave the italics of a leading verb in place (*Prie instamment*).
        return verb.replace("*", "").replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
