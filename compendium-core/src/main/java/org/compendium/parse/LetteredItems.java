package org.compendium.parse;

import java.util.Set;
import java.util.regex.Matcher;
import org.compendium.parse.grammar.Grammar;

/**
 * The lettered items of a report's paragraph ({@code 4. The Secretariat … : (a) …; (b) …; and (c) …}), on lines of
 * their own or run on in the paragraph's line: an item starts at the letter expected next, in the language's
 * typography ({@code (a)}, {@code a)}, {@code (أ)}, {@code （a）}), where the list opens (after the chapeau's colon) or
 * goes on (after the previous item's semicolon or comma, perhaps with {@code and}, {@code et}, {@code y}, {@code и}).
 * A letter anywhere else — {@code paragraph 4 (b) of resolution 11/5}, a list quoted inside the paragraph — is text.
 */
final class LetteredItems {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "et", "ou", "y", "o", "e", "и", "или", "а", "و", "أو", "和", "或");

    private LetteredItems() {
    }

    /** The letter after {@code letter} ({@code a} after none), as citations write it. */
    static String next(String letter) {
        return letter.isEmpty() ? "a" : String.valueOf((char) (letter.charAt(0) + 1));
    }

    /** The letter {@code canonical} as {@code shapes} prints it ({@code b} as {@code ب} in Arabic). */
    static String printed(Grammar.ResolutionShapes shapes, String canonical) {
        int i = canonical.charAt(0) - 'a';
        return shapes.letters().isEmpty() ? canonical : i < shapes.letters().size() ? shapes.letters().get(i) : "";
    }

    /**
     * Whether text ending as {@code before} opens the item lettered {@code letter}: a colon before the first item, a
     * semicolon or comma (with a conjunction or not) before the next ones.
     */
    static boolean opens(String before, String letter) {
        String s = before.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (letter.equals("a")) {
            return last == ':' || last == '：';
        }
        if (";,；，،؛:".indexOf(last) >= 0) {
            return true;
        }
        int space = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u00A0'));
        String word = s.substring(space + 1);
        if (!CONJUNCTIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String rest = s.substring(0, space + 1).strip();
        return !rest.isEmpty() && ";,；，،؛".indexOf(rest.charAt(rest.length() - 1)) >= 0;
    }

    /**
     * Where in {@code text} the item lettered {@code letter} starts inside the line (its label's first character),
     * after {@code from}; -1 when it does not.
     */
    static int cut(String text, int from, String letter, Grammar.ResolutionShapes shapes) {
        // An item's label closes with a bracket, and the first item follows a colon in the same line: most lines have
        // neither, and are not searched letter by letter.
        if (text.indexOf(')', from) < 0 && text.indexOf('）', from) < 0
                || letter.equals("a") && text.indexOf(':', from) < 0 && text.indexOf('：', from) < 0) {
            return -1;
        }
        // Russian letters its items in Cyrillic or in Latin letters ({@code б)} or {@code b)}): either is looked for.
        String own = printed(shapes, letter);
        int found = own.isEmpty() ? -1 : cut(text, from, letter, own, shapes);
        return found >= 0 || own.equals(letter) ? found : cut(text, from, letter, letter, shapes);
    }

    private static int cut(String text, int from, String letter, String printed, Grammar.ResolutionShapes shapes) {
        int at = from;
        // The printed letter is looked for as a plain substring, then its label matched where it stands.
        while ((at = text.indexOf(printed, at + 1)) > 0) {
            int close = at + printed.length();
            if (close >= text.length() || text.charAt(close) != ')' && text.charAt(close) != '）') {
                continue;
            }
            char open = text.charAt(at - 1);
            int label = open == '(' || open == '（' ? at - 1 : at;
            if (label == 0 || !Blanks.isBlank(text.charAt(label - 1)) && ":：;；，,،؛".indexOf(text.charAt(label - 1)) < 0) {
                continue;
            }
            Matcher m = shapes.lettered().matcher(text).region(label, text.length());
            if (m.lookingAt() && shapes.canonicalLetter(m.group(1)).equals(letter) && opens(text.substring(from, label), letter)) {
                return label;
            }
        }
        return -1;
    }
}
