package org.compendium.parse;

import java.util.Locale;

/**
 * Lower-cases a text into a character array aligned with it, as {@code String.toLowerCase(Locale.ROOT)} would, for
 * the word look-ups of {@link Vocabulary}, which run over every word of every document.
 *
 * <p>Why not {@code toLowerCase}: the JDK's method first builds a string (for a text with one accented letter, a
 * UTF-16 one, lowered character by character through the Unicode tables), which the callers then copy into an array.
 * Here ASCII, most of the text even in Russian or Chinese documents' symbols and numbers, Latin-1 and the basic
 * Cyrillic block are lowered by arithmetic, Arabic and Han kept (they have no case), and the rest goes through
 * {@link Character#toLowerCase(int)}, the same mapping the JDK applies ({@code LowerCaseTest} checks every
 * character of the Basic Multilingual Plane against it). The characters whose
 * lower case depends on their neighbours (Greek capital sigma) or takes more than one character (dotted capital I),
 * and surrogate pairs, are left to the JDK.
 */
final class LowerCase {
    private LowerCase() {
    }

    /**
     * The lower case of {@code s}, one character for each of {@code s}'s, or null when the lower case of {@code s}
     * (by {@code toLowerCase(Locale.ROOT)}) has a different length.
     */
    static char[] aligned(String s) {
        char[] lower = of(s);
        return lower.length == s.length() ? lower : null;
    }

    /** The characters of {@code s.toLowerCase(Locale.ROOT)}. */
    static char[] of(String s) {
        char[] lower = perCharacter(s);
        return lower != null ? lower : jdk(s);
    }

    /**
     * The characters of {@code s.toLowerCase(Locale.ROOT)} when each is the lower case of the character of {@code s}
     * at the same offset, whatever its neighbours; null when {@code s} has a character whose lower case is not
     * (Greek capital sigma, dotted capital I, a surrogate, one lowered outside the BMP). Where it is not null, the
     * lower case of any part of {@code s} is the same part of the result.
     */
    static char[] perCharacter(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            if (lowerInPlace(a, i) < 0) {
                return null;
            }
        }
        return a;
    }

    /**
     * Lowers {@code a[i]} in place, as {@link #perCharacter} lowers each character, and returns it; or returns -1
     * (leaving it) when its lower case is not one character of its own (Greek capital sigma, dotted capital I, a
     * surrogate, one lowered outside the BMP).
     */
    static int lowerInPlace(char[] a, int i) {
        char c = a[i];
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                a[i] = c;
            }
            return c;
        }
        if (c < 0x100) {
            // Latin-1: À–Þ lower by 32, except the multiplication sign; the rest has no upper case here.
            if (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7') {
                c = (char) (c + 0x20);
                a[i] = c;
            }
            return c;
        }
        if (c >= '\u0400' && c <= '\u045F') {
            // Cyrillic: Ѐ–Џ lower by 80, А–Я by 32; а–я and ѐ–џ are lower case already.
            if (c < '\u0410') {
                c = (char) (c + 0x50);
            } else if (c < '\u0430') {
                c = (char) (c + 0x20);
            }
            a[i] = c;
            return c;
        }
        if (c >= '\u0600' && c <= '\u06FF' || c >= '\u4E00' && c <= '\u9FFF') {
            // Arabic and the CJK ideographs have no case.
            return c;
        }
        if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
            return -1;
        }
        int lower = Character.toLowerCase((int) c);
        if (lower > Character.MAX_VALUE) {
            return -1;
        }
        a[i] = (char) lower;
        return lower;
    }

    private static char[] jdk(String s) {
        return s.toLowerCase(Locale.ROOT).toCharArray();
    }
}
