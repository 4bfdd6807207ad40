package org.compendium.parse.grammar;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinal words of one language ({@code fourteenth}, {@code decimocuarta}, {@code четырнадцатом},
 * {@code الرابع عشر}, {@code 第十四}) read back to numbers, from CLDR's spell-out rules through ICU4J: every ordinal
 * rule set of the locale (genders, cases, plurals) is printed for 1 to {@value #MAX} once, and a look-up table keyed
 * by a folded form answers reads. Printing is what CLDR's rules are exact at; ICU's lenient parse of spelled-out
 * text is not reliable across rule sets, so it is not used.
 *
 * <p>Digits with an ordinal sign ({@code 14th}, {@code 14º}, {@code 14ª}, {@code 13er}, {@code 13e}, {@code 14-й}, {@code 第14}) are read too;
 * bare digits are a cardinal, not an ordinal.
 * Thread-safe once built.
 */
public final class SpelledOrdinals {
    /** Largest ordinal word recognised: sessions and meetings stay far below. */
    public static final int MAX = 120;
    private static final Pattern DIGITS = Pattern.compile(
            "^(?:第\\s*(\\d{1,3})|(\\d{1,3})(?:st|nd|rd|th|\\.?º|\\.?ª|er|re|e|ème|-?й|-?я|-?е|-?го|-?м|-?ой))$");
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\u0640\\s\\-‑–]+");

    private final Map<String, Integer> words;

    private SpelledOrdinals(Map<String, Integer> words) {
        this.words = Map.copyOf(words);
    }

    /** The ordinals of a locale ({@code en}, {@code es}, {@code ru}, {@code ar}, {@code zh}). */
    public static SpelledOrdinals of(Locale locale) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLocale(locale), RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> words = new HashMap<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (!ruleSet.contains("ordinal")) {
                continue;
            }
            for (int n = 1; n <= MAX; n++) {
                String word = format.format(n, ruleSet);
                words.putIfAbsent(key(word), n);
                // Spanish documents write the feminine of the learned ordinals ("duodécima reunión"), which CLDR
                // prints in the masculine only ("duodécimo"): the feminine is the same word ending in -a.
                if (locale.getLanguage().equals("es") && word.endsWith("o") && ruleSet.endsWith("-adjective")) {
                    words.putIfAbsent(key(word.substring(0, word.length() - 1) + "a"), n);
                }
            }
        }
        return new SpelledOrdinals(words);
    }

    /** The number an ordinal word or abbreviation stands for, or empty. */
    public OptionalInt parse(String word) {
        if (word == null || word.isBlank()) {
            return OptionalInt.empty();
        }
        String w = Numerals.ascii(word.strip());
        Matcher digits = DIGITS.matcher(w.toLowerCase(Locale.ROOT));
        if (digits.matches()) {
            int n = Integer.parseInt(digits.group(1) != null ? digits.group(1) : digits.group(2));
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        }
        Integer n = words.get(key(w));
        if (n != null) {
            return OptionalInt.of(n);
        }
        if (w.startsWith("第")) {
            return Numerals.chinese(w.substring(1));
        }
        return OptionalInt.empty();
    }

    /**
     * The folded form of an ordinal: lower case, no accents, spaces, hyphens or tatweel, alef forms unified and the
     * Arabic article dropped from each word ({@code الحادية عشرة} and {@code حادية عشرة} read the same).
     */
    static String key(String word) {
        StringBuilder sb = new StringBuilder();
        for (String part : word.toLowerCase(Locale.ROOT).split("[\\s\\-‑–]+")) {
            String p = part.startsWith("ال") && part.length() > 3 ? part.substring(2) : part;
            sb.append(p);
        }
        String folded = Normalizer.normalize(sb, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("");
        return folded.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ё', 'е');
    }
}
