package org.compendium.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the leading verb of a resolution paragraph ({@code Prie instamment}, {@code Rappelant également},
 * {@code Prenant note avec satisfaction}). Markdown sources mark it in italics, which readers use first; this class
 * reads it from plain text when no italics survive (PDF, DOCX).
 */
public final class LeadingVerbs {
    private static final Pattern ITALIC_START = Pattern.compile("^\\s*(?:\\d{1,3}\\.\\s*|[a-z]\\)\\s*)?\\*([^*]{2,80})\\*");
    /** Words that continue a leading verb phrase rather than start its object. */
    private static final Set<String> CONTINUATIONS = Set.of(
            "également", "aussi", "instamment", "en", "outre", "de", "nouveau", "note", "avec", "satisfaction",
            "préoccupation", "inquiétude", "compte", "acte", "à", "l'esprit", "l’esprit", "vivement", "profondément",
            "fermement", "gravement", "encore", "une", "fois", "pleinement", "part", "conscience", "hommage");
    private static final Set<String> OBJECT_STARTS = Set.of(
            "le", "la", "les", "l", "des", "du", "d", "un", "que", "qu", "aux", "au", "sa", "ses", "son", "leur",
            "leurs", "tous", "toutes", "tout", "cette", "ce", "ces", "qu'il", "qu’il", "l'importance", "l’importance");

    private static final Set<String> AUXILIARIES = Set.of("Se", "S’est", "S'est", "A", "Ont", "Est");

    private LeadingVerbs() {
    }

    /** The italic phrase at the start of a raw Markdown line, or null. */
    public static String italicLead(String rawLine) {
        Matcher m = ITALIC_START.matcher(rawLine);
        return m.find() ? m.group(1).strip().replaceAll("\\s+", " ") : null;
    }

    /** A best guess at the leading verb phrase of a normalised paragraph, or null when it does not start with a verb. */
    public static String guess(String text) {
        if (text == null || text.isBlank() || !Character.isUpperCase(text.codePointAt(0))) {
            return null;
        }
        String[] words = text.split(" ");
        StringBuilder lead = new StringBuilder(stripPunctuation(words[0]));
        int i = 1;
        // Reflexive and compound forms carry their verb in the second word: "Se félicite", "A prié", "S'est félicitée".
        if (AUXILIARIES.contains(words[0])) {
            if (words.length > 1) {
                lead.append(' ').append(stripPunctuation(words[1]));
                i = 2;
            }
        }
        for (; i < words.length && i < 6; i++) {
            String w = stripPunctuation(words[i]).toLowerCase(Locale.ROOT);
            if (w.isEmpty() || OBJECT_STARTS.contains(w) || !CONTINUATIONS.contains(w)) {
                break;
            }
            if ((w.equals("de") || w.equals("à") || w.equals("en")) && !continuesIdiom(words, i)) {
                break;
            }
            lead.append(' ').append(stripPunctuation(words[i]));
        }
        return lead.toString();
    }

    private static boolean continuesIdiom(String[] words, int i) {
        if (i + 1 >= words.length) {
            return false;
        }
        String next = stripPunctuation(words[i + 1]).toLowerCase(Locale.ROOT);
        return next.equals("nouveau") || next.equals("outre") || next.startsWith("l'esprit") || next.startsWith("l’esprit");
    }

    private static String stripPunctuation(String w) {
        return w.replaceAll("^[\\p{Punct}«»]+|[\\p{Punct}«»,;:]+$", "");
    }
}
