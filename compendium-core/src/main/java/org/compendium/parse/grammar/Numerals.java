package org.compendium.parse.grammar;

import java.util.OptionalInt;

/**
 * Numbers as UN documents print them outside Latin digits: Arabic-Indic digits ({@code ١١/٥}, {@code ۱۱}) and Chinese
 * numerals ({@code 十一}, {@code 二十三}, {@code 一百零五}). Stateless.
 */
public final class Numerals {
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /**
     * The text with every decimal digit of any script replaced by its ASCII digit ({@code ١٢} gives {@code 12});
     * the same string when it has none, so the common case allocates nothing.
     */
    public static String ascii(String text) {
        int i = 0;
        int n = text.length();
        // No decimal digit of another script comes before U+0660 (Arabic-Indic zero): Latin text is passed over by
        // one comparison per character.
        while (i < n && !(text.charAt(i) >= '\u0660' && Character.isDigit(text.charAt(i)))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c > '9' && Character.isDigit(c)) {
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb.toString();
    }

    /** A Chinese numeral from 1 to 999 ({@code 十四}, {@code 二十}, {@code 一百零五}; {@code 两} and {@code 零} too), or empty. */
    public static OptionalInt chinese(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = c == '两' ? 2 : CHINESE_DIGITS.indexOf(c);
            if (c == '零' || c == '〇') {
                // 一百零五: the zero only marks the empty tens.
                continue;
            }
            if (d >= 0) {
                if (digit >= 0 && d != 0) {
                    return OptionalInt.empty();
                }
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return OptionalInt.empty();
            }
        }
        if (digit > 0) {
            total += digit;
        }
        return total > 0 && total < 1000 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    /** A Roman numeral from 1 to 39 in upper case ({@code IV}, {@code XII}), as chapter headings print them, or empty. */
    public static OptionalInt roman(String text) {
        if (text == null || !text.matches("X{0,3}(?:IX|IV|V?I{0,3})") || text.isEmpty()) {
            return OptionalInt.empty();
        }
        int total = 0;
        int previous = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int v = switch (text.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return OptionalInt.of(total);
    }
}
