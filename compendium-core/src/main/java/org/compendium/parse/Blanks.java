package org.compendium.parse;

/** What the parser counts as blank: whitespace and the space separators, no-break spaces included. */
final class Blanks {
    /** {@link #isBlank} of the characters up to the space, the spaces and line ends of every text, by table. */
    private static final boolean[] CONTROL_AND_SPACE = new boolean[' ' + 1];

    static {
        for (char c = 0; c <= ' '; c++) {
            CONTROL_AND_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private Blanks() {
    }

    /**
     * Whether {@code c} is whitespace ({@link Character#isWhitespace}) or a space separator
     * ({@link Character#isSpaceChar}: the no-break spaces U+00A0, U+2007, U+202F besides). Above the space and below
     * U+1680 (the Ogham space mark, the first space separator after it) only the no-break space is one, so Latin,
     * Greek, Cyrillic, Arabic and Hebrew letters, most of any text, are decided without a look-up; the space and the
     * line ends (about one character in six) by a table; this runs on every character of every document, several
     * times. {@code BlanksTest} compares it with the JDK on every char.
     */
    static boolean isBlank(char c) {
        if (c > ' ') {
            return c < '\u1680' ? c == '\u00A0' : Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
        return CONTROL_AND_SPACE[c];
    }
}
