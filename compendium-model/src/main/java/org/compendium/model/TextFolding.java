package org.compendium.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one home of text folding: how Compendium compares words regardless of case, accents and typography. Two
 * contracts, for two uses:
 * <ul>
 *   <li>{@link #foldKeepingLength}: one character in, one character out (lower case, accents dropped, typographic
 *       apostrophes made ASCII), so that an offset found in the folded text is an offset in the original — what rule
 *       readers that report positions need (leading verbs, addressees);</li>
 *   <li>{@link #fold} and {@link #key}: full comparison folding (compatibility forms, ligatures, dashes, whitespace
 *       runs; accents dropped, but not the marks that make Cyrillic letters: й, ё), whose length may differ from the original — what look-up tables need (State names, ordinals, months).</li>
 * </ul>
 * Locale-independent throughout ({@link Locale#ROOT}).
 */
public final class TextFolding {
    /** Combining marks, except on Cyrillic letters, where they make letters of their own (й is not и). */
    private static final Pattern MARKS = Pattern.compile("(?<!\\p{IsCyrillic})\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE_RUNS = Pattern.compile("\\s+");

    private TextFolding() {
    }

    /**
     * Lower case, accents and other combining marks dropped, typographic apostrophes made ASCII, every kind of space
     * made a plain one — one character for one, so offsets carry over.
     */
    public static String foldKeepingLength(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                sb.append('\'');
            } else if (c < 0x80) {
                sb.append(Character.toLowerCase(c));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                sb.append(' ');
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                sb.append(Character.toLowerCase(c));
            } else {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                sb.append(d.isEmpty() ? c : Character.toLowerCase(d.charAt(0)));
            }
        }
        return sb.toString();
    }

    /**
     * The key a keyword value is indexed and looked up under: {@link #foldKeepingLength folded}, inner whitespace runs
     * made one space, trimmed — so that {@code body:wg.7} finds {@code WG.7} and {@code verb:"sont encourages"} finds
     * {@code sont encouragés}.
     */
    public static String keyword(String value) {
        return SPACE_RUNS.matcher(foldKeepingLength(value)).replaceAll(" ").strip();
    }

    /**
     * Folds text for comparison: compatibility decomposition (NFKD turns non-breaking spaces into spaces and
     * superscript letters such as {@code ᵉʳ} into plain ones), combining marks dropped, ligatures spelled out,
     * typographic apostrophes and dashes made ASCII, lower case, whitespace runs made one space.
     */
    public static String fold(CharSequence text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = Normalizer.normalize(MARKS.matcher(s).replaceAll(""), Normalizer.Form.NFC);
        s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('`', '\'')
                .replace('\u00B4', '\'');
        s = s.replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-').replace('\u2013', '-')
                .replace('\u2014', '-').replace('\u2212', '-');
        s = s.toLowerCase(Locale.ROOT);
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * A matching key: the {@link #fold folded} text with everything but letters and digits removed, so that stray
     * spaces, hyphens, apostrophes and parentheses left by PDF extraction cannot prevent a match.
     */
    public static String key(CharSequence text) {
        return NOT_ALNUM.matcher(fold(text)).replaceAll("");
    }
}
