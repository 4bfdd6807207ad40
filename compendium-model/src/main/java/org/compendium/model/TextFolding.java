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
        // Where every char has its key of its own, the text's key is theirs end to end, read from a table: State
        // names, ordinals and months are looked up by key, in French, Spanish and English all of Latin-1 and
        // Latin Extended-A (TextFoldingTest: the table against the whole folding).
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= CHAR_KEYS.length) {
                return foldedKey(text);
            }
            if (sb == null) {
                sb = new StringBuilder(text.length());
            }
            sb.append(CHAR_KEYS[c]);
        }
        return sb == null ? "" : sb.toString();
    }

    /** {@link #key} the long way: the whole folding, then everything but letters and digits removed. */
    static String foldedKey(CharSequence text) {
        return NOT_ALNUM.matcher(fold(text)).replaceAll("");
    }

    /**
     * The key of each char below U+0180 (Basic Latin, Latin-1, Latin Extended-A), alone. For a text of such chars
     * the folding works char by char: each decomposes on its own, the marks its decomposition has go, what is left
     * composes with nothing (no combining mark is left), lower case depends on no neighbour in these blocks, and
     * spaces and punctuation, the only chars the folding merges or trims, leave no trace in a key.
     */
    private static final String[] CHAR_KEYS = new String[0x180];

    static {
        for (char c = 0; c < CHAR_KEYS.length; c++) {
            CHAR_KEYS[c] = foldedKey(String.valueOf(c));
        }
    }
}
