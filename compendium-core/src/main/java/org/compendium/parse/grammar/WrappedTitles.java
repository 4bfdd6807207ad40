package org.compendium.parse.grammar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Language;

/**
 * Where a title printed over several lines goes on: a masthead's agenda item title ({@code Item 2 of the provisional
 * agenda*} / {@code Implementation of the Protocol against the Smuggling of Migrants by Land, Sea and} / {@code Air,
 * supplementing …}) wraps like any text, and its next line is told from the subject under it by where the line above
 * stopped. A title goes on after a line that stops where no title ends — on a comma or a dash, inside brackets or
 * quotation marks it opened, or on one of its language's words that only lead into what follows (articles,
 * prepositions, conjunctions: {@code and}, {@code de la}, {@code против}, {@code عن}, {@code 的}) — and before a
 * line that starts in lower case, which no subject does.
 */
public final class WrappedTitles {
    /** The words each language never ends a title with, lower case; Chinese, written without spaces, by its endings. */
    private static final Map<Language, Set<String>> LEADING_WORDS = Map.of(
            Language.ENGLISH, Set.of("the", "of", "and", "or", "to", "in", "on", "for", "by", "against", "with", "a", "an",
                    "at", "from", "its", "their", "into"),
            Language.FRENCH, Set.of("le", "la", "les", "de", "des", "du", "et", "ou", "à", "au", "aux", "en", "sur", "pour",
                    "par", "contre", "dans", "avec", "un", "une", "l’", "l'", "d’", "d'"),
            Language.SPANISH, Set.of("el", "la", "los", "las", "de", "del", "y", "e", "o", "u", "a", "al", "en", "sobre",
                    "para", "por", "contra", "con", "un", "una"),
            Language.RUSSIAN, Set.of("и", "в", "во", "на", "о", "об", "по", "с", "со", "к", "для", "против", "от", "из",
                    "а", "или", "при"),
            Language.ARABIC, Set.of("في", "من", "على", "إلى", "عن", "و", "أو", "مع"));
    private static final List<String> CHINESE_ENDINGS = List.of("的", "和", "与", "及", "以及", "在", "对", "关于", "或");
    private static final String OPEN_ENDS = ",،，、-–—";
    private static final String OPENING = "(（[《«“";
    private static final String CLOSING = ")）]》»”";

    private WrappedTitles() {
    }

    /** Whether the title whose line is {@code line} goes on in {@code next}, in a document of {@code language}. */
    public static boolean goesOn(Language language, String line, String next) {
        String s = line.strip();
        String n = next.strip();
        if (s.isEmpty() || n.isEmpty()) {
            return false;
        }
        int first = n.codePointAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (OPEN_ENDS.indexOf(s.charAt(s.length() - 1)) >= 0 || opensMoreThanItCloses(s)) {
            return true;
        }
        if (language == Language.CHINESE) {
            return CHINESE_ENDINGS.stream().anyMatch(s::endsWith);
        }
        int space = s.lastIndexOf(' ');
        String last = s.substring(space + 1).toLowerCase(Locale.ROOT);
        return LEADING_WORDS.getOrDefault(language, Set.of()).contains(last);
    }

    private static boolean opensMoreThanItCloses(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
