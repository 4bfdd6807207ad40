package org.compendium.parse.french;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text folding shared by the French helpers: accents, case, compatibility forms and PDF spacing artefacts removed.
 *
 * <p>Not public: callers compare folded strings only through the helpers that own a table.
 */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Folding() {}

    /**
     * Folds text for comparison: compatibility decomposition (NFKD turns non-breaking spaces into spaces and
     * superscript letters such as {@code ᵉʳ} into plain ones), combining marks dropped, ligatures spelled out,
     * typographic apostrophes and dashes made ASCII, lower case in {@link Locale#ROOT}, whitespace runs made one space.
     */
    static String fold(CharSequence text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('`', '\'')
                .replace('\u00B4', '\'');
        s = s.replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-').replace('\u2013', '-')
                .replace('\u2014', '-').replace('\u2212', '-');
        s = s.toLowerCase(Locale.ROOT);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * A matching key: the folded text with everything but ASCII letters and digits removed, so that stray spaces,
     * hyphens, apostrophes and parentheses left by PDF extraction cannot prevent a match.
     */
    static String key(CharSequence text) {
        return NOT_ALNUM.matcher(fold(text)).replaceAll("");
    }
}
