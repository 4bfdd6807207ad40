package org.compendium.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.parse.french.FrenchLeadingVerbs;

/**
 * Finds the leading verb of a resolution paragraph ({@code Prie instamment}, {@code Rappelant également},
 * {@code Prenant note avec satisfaction}). Markdown sources mark it in italics, which readers use first; this class
 * reads it from plain text when no italics survive (PDF, DOCX).
 */
public final class LeadingVerbs {
    private static final Pattern ITALIC_START = Pattern.compile("^\\s*(?:\\d{1,3}\\.\\s*|[a-z]\\)\\s*)?\\*([^*]{2,80})\\*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LeadingVerbs() {
    }

    /** The italic phrase at the start of a raw Markdown line, or null. */
    public static String italicLead(String rawLine) {
        Matcher m = ITALIC_START.matcher(rawLine);
        return m.find() ? SPACES.matcher(m.group(1).strip()).replaceAll(" ") : null;
    }

    /** A best guess at the leading verb phrase of a normalised French paragraph (see {@link FrenchLeadingVerbs}). */
    public static String guess(String text) {
        return FrenchLeadingVerbs.guess(text);
    }
}
