package org.compendium.themes;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Functions over theme labels: the stable slug of a label, and the parent a sub-theme's label names. */
public final class ThemeLabels {
    /**
     * A sub-theme is written {@code Parent (qualifier)}, or with full-width parentheses and no space in Chinese
     * ({@code 国际合作（保护被害人）}); the qualifier may itself hold parentheses.
     */
    private static final Pattern SUB_THEME = Pattern.compile("^(?<parent>[^(（]+?)(?:\\s+\\(|\\s*（)(?<qualifier>.*)[)）]$");

    private static final Pattern NON_LATIN_LETTER = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private ThemeLabels() {
    }

    /**
     * The slug of a label: accents folded, lower case, runs of other characters as one hyphen; a label in another
     * script (an Arabic, Chinese or Russian index's) is first transliterated to Latin letters by ICU
     * ({@code Международное сотрудничество} gives {@code mezdunarodnoe-sotrudnicestvo}), so that every theme has an
     * id a URL and a command line can carry.
     */
    public static String slug(String label) {
        String latin = NON_LATIN_LETTER.matcher(label).find() ? TO_LATIN.transliterate(label) : label;
        String folded = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a theme label needs letters or digits: '" + label + "'");
        }
        return slug;
    }

    /**
     * The label of the theme that {@code label} is a sub-theme of, when it is written {@code Parent (qualifier)} and
     * {@code Parent} is itself one of {@code labels}; else null (an acronym in parentheses names no parent).
     */
    public static String parent(String label, Collection<String> labels) {
        Matcher m = SUB_THEME.matcher(label);
        if (m.matches() && labels.contains(m.group("parent"))) {
            return m.group("parent");
        }
        return null;
    }
}
