package org.compendium.parse;

/**
 * The spaces that PDF extraction inserts before punctuation, removed in one scan: before an elided apostrophe
 * ({@code d ’examiner}), before a comma or full stop ({@code France ,}), Arabic's comma and semicolon too, which
 * take no space before them either ({@code الوطنية ،}, where a footnote mark in brackets stood between the word and
 * its comma, {@code الوطنية(1)،}, and went) and inside a hyphenated name
 * ({@code États -Unis}); and, in Chinese, between Chinese characters and digits, where PDF extraction puts a space at
 * each change of font ({@code 2022年 10月 21日}) but Chinese typography has none.
 *
 * <p>It replaces four regular expressions, which it matches exactly (pinned by {@code StraySpacesTest}):
 * <pre>
 * (?&lt;=\p{L}) +(?=['’]\p{L})
 * (?&lt;=[\p{L}\p{N})»]) +(?=[,.،؛](?:\s|$))
 * (?&lt;=\p{L}) +(?=-\p{Lu})
 * (?&lt;=\p{IsHan}) +(?=[\p{IsHan}0-9])|(?&lt;=[0-9]) +(?=\p{IsHan})
 * </pre>
 * Each pattern deletes a whole run of spaces, judged by the character before the run and those after it, and a
 * deletion never changes what another run sees, so one scan over the runs gives what the three passes gave.
 */
final class StraySpaces {
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_SEMICOLON = '\u061B';

    private StraySpaces() {
    }

    /** {@code t} without its stray spaces; {@code t} itself when it has none. */
    static MappedText delete(MappedText t) {
        String s = t.text();
        int n = s.length();
        char[] chars = null;
        boolean[] keep = null;
        int start = s.indexOf(' ');
        while (start >= 0) {
            int end = start + 1;
            while (end < n && s.charAt(end) == ' ') {
                end++;
            }
            if (start > 0 && end < n) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                if (isStray(chars, n, start, end)) {
                    if (keep == null) {
                        keep = new boolean[n];
                        java.util.Arrays.fill(keep, true);
                    }
                    java.util.Arrays.fill(keep, start, end, false);
                }
            }
            start = end < n ? s.indexOf(' ', end) : -1;
        }
        return keep == null ? t : t.filter(keep, null);
    }

    /**
     * Whether a run of spaces can be stray when {@code next} follows it: the cheap test that the normaliser's single
     * pass makes as it writes a space, before {@link #isStray} looks at the characters around it.
     */
    static boolean mayBeStrayBefore(char next) {
        return next == '\'' || next == '’' || next == ',' || next == '.' || next == '-' || next >= '0' && next <= '9' || isHan(next)
                || next == ARABIC_COMMA || next == ARABIC_SEMICOLON;
    }

    /** Whether the run of spaces {@code s[start, end)}, with characters on both sides in {@code s[0, n)}, is to go. */
    static boolean isStray(char[] s, int n, int start, int end) {
        char next = s[end];
        if (isHan(next) || next >= '0' && next <= '9') {
            char before = s[start - 1];
            return isHan(before) || before >= '0' && before <= '9' && isHan(next);
        }
        if (next != '\'' && next != '’' && next != ',' && next != '.' && next != '-' && next != ARABIC_COMMA && next != ARABIC_SEMICOLON) {
            return false;
        }
        // One char, not a code point: a look-behind of length one never sees a letter outside the BMP.
        char before = s[start - 1];
        int afterNext = end + 1 < n ? Character.codePointAt(s, end + 1, n) : -1;
        return switch (next) {
            case '\'', '’' -> Character.isLetter(before) && afterNext >= 0 && Character.isLetter(afterNext);
            case '-' -> Character.isLetter(before) && afterNext >= 0 && Character.getType(afterNext) == Character.UPPERCASE_LETTER;
            default -> (Character.isLetter(before) || isNumber(before) || before == ')' || before == '»')
                    && endsClause(s, n, end + 1);
        };
    }

    /** Regex {@code \p{IsHan}} for a char of the Basic Multilingual Plane (where Chinese running text is). */
    static boolean isHan(char c) {
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Regex {@code \p{N}}: a digit, a letter-like number (Ⅻ) or another number (½, ²). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Regex {@code (?:\s|$)} at {@code i}: ASCII whitespace, the end, or a last line terminator before the end. */
    private static boolean endsClause(char[] s, int n, int i) {
        if (i == n) {
            return true;
        }
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            return true;
        }
        return i == n - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }
}
