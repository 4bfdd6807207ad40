package org.compendium.index;

import org.compendium.model.TextFolding;
import java.util.List;
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

    /** Modal phrases of recommendations, folded, longest alternatives first so that the longest phrase wins. */
    private static final List<String> MODALS = List.of(
            "voudront peut-etre", "voudra peut-etre", "sont vivement encourages", "sont encourages", "est encourage",
            "sont invites", "est invite", "sont pries", "devraient", "devrait", "pourraient", "pourrait", "doivent", "doit");
    private static final Pattern MODAL = Pattern.compile("\\b(?:" + String.join("|",
            MODALS.stream().map(m -> m.replace(" ", "\\s+")).toList()) + ")\\b");

    private LeadingVerbs() {
    }

    /**
     * The verb facet value of a provision, lower case with its accents, or null.
     *
     * @param parsed the parser's leading verb, or null
     * @param text   the provision's text
     */
    public static String of(String parsed, String text) {
        if (parsed != null && !parsed.isBlank()) {
            return clean(parsed);
        }
        return modal(text);
    }

    /** The modal phrase near the start of {@code text} ({@code devraient}, {@code sont encouragés}), or null. */
    public static String modal(String text) {
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        Matcher m = MODAL.matcher(TextFolding.foldKeepingLength(head));
        return m.find() ? clean(head.substring(m.start(), m.end())) : null;
    }

    /** Where the modal phrase starts in {@code text}, or -1. */
    static int modalStart(String text) {
        String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
        Matcher m = MODAL.matcher(TextFolding.foldKeepingLength(head));
        return m.find() ? m.start() : -1;
    }

    private static String clean(String verb) {
        // Markdown sources may leave the italics of a leading verb in place (*Prie instamment*).
        return verb.replace("*", "").replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
