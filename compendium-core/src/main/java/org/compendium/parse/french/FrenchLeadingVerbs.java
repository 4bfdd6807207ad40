package org.compendium.parse.french;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The leading verb phrase of a French resolution paragraph read by word rules ({@code Prie instamment},
 * {@code Rappelant également}, {@code Prenant note avec satisfaction}, {@code Se félicite}): the first word, an
 * auxiliary's verb, then the words that continue a verb phrase rather than start its object. Stateless.
 */
public final class FrenchLeadingVerbs {
    /** Words that continue a leading verb phrase rather than start its object. */
    private static final Set<String> CONTINUATIONS = Set.of(
            "également", "aussi", "instamment", "en", "outre", "de", "nouveau", "note", "avec", "satisfaction",
            "préoccupation", "inquiétude", "compte", "acte", "à", "l'esprit", "l’esprit", "vivement", "profondément",
            "fermement", "gravement", "encore", "une", "fois", "pleinement", "part", "conscience", "hommage");
    private static final Set<String> OBJECT_STARTS = Set.of(
            "le", "la", "les", "l", "des", "du", "d", "un", "que", "qu", "aux", "au", "sa", "ses", "son", "leur",
            "leurs", "tous", "toutes", "tout", "cette", "ce", "ces", "qu'il", "qu’il", "l'importance", "l’importance");

    /** Punctuation around a word; compiled once, as this runs on the first words of every paragraph. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}«»]+|[\\p{Punct}«»,;:]+$");

    private static final Set<String> AUXILIARIES = Set.of("Se", "S’est", "S'est", "A", "Ont", "Est");

    /**
     * Adverbs that open a paragraph before the participle or adjective they qualify ({@code Vivement préoccupée},
     * {@code Profondément alarmée}, {@code Pleinement consciente}): the phrase is the adverb and that word.
     */
    private static final Set<String> LEADING_ADVERBS = Set.of(
            "Vivement", "Profondément", "Gravement", "Fermement", "Pleinement", "Sérieusement", "Extrêmement",
            "Particulièrement", "Très", "Résolument", "Sincèrement");

    private FrenchLeadingVerbs() {
    }

    /** A best guess at the leading verb phrase of a normalised paragraph, or null when it does not start with a verb. */
    public static String guess(String text) {
        if (text == null || text.isBlank() || !Character.isUpperCase(text.codePointAt(0))) {
            return null;
        }
        // Only the first seven words are read (six and the one an idiom test looks at): not every word of a long
        // paragraph. Without trailing blanks, the parts are those of a whole split.
        String[] words = text.endsWith(" ") ? text.split(" ") : text.split(" ", 8);
        StringBuilder lead = new StringBuilder(stripPunctuation(words[0]));
        int i = 1;
        // Reflexive and compound forms carry their verb in the second word: "Se félicite", "A prié", "S'est félicitée";
        // so does an adverb that qualifies the participle after it: "Vivement préoccupée".
        if (AUXILIARIES.contains(words[0]) || LEADING_ADVERBS.contains(words[0])) {
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
        return EDGE_PUNCTUATION.matcher(w).replaceAll("");
    }
}
