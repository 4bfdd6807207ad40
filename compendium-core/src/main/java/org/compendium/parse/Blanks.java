package org.compendium.parse;

/** What the parser counts as blank: whitespace and the space separators, no-break spaces included. */
final class Blanks {
    private Blanks() {
    }

    /**
     * Whether {@code c} is whitespace ({@link Character#isWhitespace}) or a space separator
     * ({@link Character#isSpaceChar}: the no-break spaces U+00A0, U+2007, U+202F besides). Above the space and below
     * U+1680 (the Ogham space mark, the first space separator after it) only the no-break space is one, so Latin,
     * Greek, Cyrillic, Arabic and Hebrew letters, most of any text, are decided without a look-up; this runs on every
     * character of every document, several times.
     */
    static boolean isBlank(char c) {
        if (c > ' ' && c < '\u1680') {
            return c == '\u00A0';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
