package org.compendium.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens a word-level diff compares: words (letters and digits, joined by inner hyphens, with an elided article's
 * apostrophe kept on it: {@code l'}, {@code d'}) and each punctuation mark on its own. Tokens keep their original
 * spelling; {@link Token#key()} is what two tokens are compared by.
 */
public final class WordTokens {
    /** A word, or any other single non-space character. */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*['\u2019]?|[^\\s\\p{L}\\p{M}\\p{N}]");

    private WordTokens() {
    }

    /**
     * One token of a text.
     *
     * @param text        as written
     * @param spaceBefore whether white space separates it from the previous token (false for the first)
     */
    public record Token(String text, boolean spaceBefore) {
        public Token {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("a token needs text");
            }
        }

        /** What tokens are compared by: the text with the typographic apostrophe written as the plain one. */
        public String key() {
            return text.replace('\u2019', '\'');
        }

        /** Whether it is a word (begins with a letter or digit), not a punctuation mark. */
        public boolean isWord() {
            return Character.isLetterOrDigit(text.codePointAt(0));
        }
    }

    /** The tokens of {@code text}, in order; none for blank text. */
    public static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            boolean space = !out.isEmpty() && m.start() > previousEnd;
            out.add(new Token(m.group(), space));
            previousEnd = m.end();
        }
        return out;
    }
}
