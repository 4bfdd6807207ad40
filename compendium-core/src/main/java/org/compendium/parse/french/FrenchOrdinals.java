package org.compendium.parse.french;

import org.compendium.model.TextFolding;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French ordinals and Roman numerals as they number sessions, meetings and chapters in UN documents.
 *
 * <p>Words ({@code première}, {@code vingt et unième}) are recognised from 1 to 100; abbreviations ({@code 1re},
 * {@code 1er}, {@code 2e}, {@code 12ème}, and the superscripts {@code 1^{re}} or {@code 1 ^{er}} that the Markdown
 * conversion leaves) from 1 to 999. Matching ignores case, accents, hyphens and spaces, so the 1990 spelling
 * ({@code vingt-et-unième}) and PDF artefacts ({@code vingt -deuxième}) read the same as the traditional spelling.
 * Stateless and thread-safe.
 */
public final class FrenchOrdinals {
    /** Largest number whose ordinal word is recognised. */
    public static final int MAX_WORD = 100;

    private static final String[] UNITS = {
        "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize"
    };

    /** Folded key (letters only) of every ordinal word to its value. */
    private static final Map<String, Integer> WORDS = buildWords();

    // Suffix rules: "1er"/"1re" only for one, "2nd(e)" only for two (second is an ordinal of its own), "e"/"ème"
    // for the rest; "1e" is a common misprint that UN editing never uses, so it is rejected rather than guessed at.
    private static final Pattern ABBREVIATION = Pattern.compile("([1-9][0-9]{0,2})(er|re|ere|nde?|e|eme)");

    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private FrenchOrdinals() {}

    /**
     * Reads an ordinal word or abbreviation.
     *
     * @return the number, or empty when {@code word} is not a French ordinal (including a bare cardinal such as
     *     {@code "3"} or {@code "trois"})
     */
    public static OptionalInt parse(String word) {
        if (word == null) {
            return OptionalInt.empty();
        }
        String key = TextFolding.key(word);
        Integer value = WORDS.get(key);
        if (value != null) {
            return OptionalInt.of(value);
        }
        Matcher m = ABBREVIATION.matcher(key);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(m.group(1));
        String suffix = m.group(2);
        boolean ok = switch (suffix) {
            case "er", "re", "ere" -> n == 1;
            case "nd", "nde" -> n == 2;
            default -> n >= 2;
        };
        return ok ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /**
     * Reads a Roman numeral in canonical form (I to MMMCMXCIX, upper or lower case, no repeated subtractive pairs).
     *
     * @return the number, or empty for anything else (including non-canonical forms such as {@code IIII} or
     *     {@code IC})
     */
    public static OptionalInt parseRoman(String numeral) {
        if (numeral == null) {
            return OptionalInt.empty();
        }
        String s = numeral.strip().toUpperCase(Locale.ROOT);
        if (s.length() > 15 || !ROMAN.matcher(s).matches()) {
            return OptionalInt.empty();
        }
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = romanDigit(s.charAt(i));
            int next = i + 1 < s.length() ? romanDigit(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        // Summing alone accepts IIII or VX; the round trip keeps only the canonical spelling.
        if (total < 1 || total > 3999 || !toRoman(total).equals(s)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(total);
    }

    /**
     * Writes a number as an upper-case Roman numeral.
     *
     * @throws IllegalArgumentException unless {@code 1 <= n <= 3999}
     */
    public static String toRoman(int n) {
        if (n < 1 || n > 3999) {
            throw new IllegalArgumentException("no Roman numeral for " + n);
        }
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_SYMBOLS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }

    /**
     * Writes the ordinal word of a number in the traditional spelling, masculine ({@code premier}, {@code deuxième},
     * {@code vingt et unième}).
     *
     * @throws IllegalArgumentException unless {@code 1 <= n <= MAX_WORD}
     */
    public static String toWord(int n) {
        if (n < 1 || n > MAX_WORD) {
            throw new IllegalArgumentException("no ordinal word for " + n);
        }
        if (n == 1) {
            return "premier";
        }
        String cardinal = cardinal(n);
        int cut = Math.max(cardinal.lastIndexOf(' '), cardinal.lastIndexOf('-')) + 1;
        return cardinal.substring(0, cut) + ordinalOfLastWord(cardinal.substring(cut));
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }

    private static Map<String, Integer> buildWords() {
        Map<String, Integer> words = new HashMap<>();
        for (int n = 1; n <= MAX_WORD; n++) {
            words.put(TextFolding.key(toWord(n)), n);
        }
        words.put("premiere", 1);
        words.put("second", 2);
        words.put("seconde", 2);
        return Map.copyOf(words);
    }

    /** The traditional French cardinal, 1 to 100. */
    private static String cardinal(int n) {
        if (n <= 16) {
            return UNITS[n];
        }
        if (n < 20) {
            return "dix-" + UNITS[n - 10];
        }
        if (n < 70) {
            String tens = switch (n / 10) {
                case 2 -> "vingt";
                case 3 -> "trente";
                case 4 -> "quarante";
                case 5 -> "cinquante";
                default -> "soixante";
            };
            int unit = n % 10;
            return unit == 0 ? tens : unit == 1 ? tens + " et un" : tens + "-" + UNITS[unit];
        }
        if (n < 80) {
            return n == 71 ? "soixante et onze" : "soixante-" + cardinal(n - 60);
        }
        if (n == 80) {
            return "quatre-vingts";
        }
        if (n < 100) {
            return "quatre-vingt-" + cardinal(n - 80);
        }
        return "cent";
    }

    private static String ordinalOfLastWord(String word) {
        return switch (word) {
            case "cinq" -> "cinquième";
            case "neuf" -> "neuvième";
            case "vingts" -> "vingtième";
            default -> (word.endsWith("e") ? word.substring(0, word.length() - 1) : word) + "ième";
        };
    }
}
