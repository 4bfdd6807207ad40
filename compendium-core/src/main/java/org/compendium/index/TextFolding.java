package org.compendium.index;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Length-preserving folding for the rule readers and keyword values: lower case ({@link Locale#ROOT}), accents and
 * other combining marks dropped, typographic apostrophes made ASCII. One character in, one character out, so an
 * offset found in the folded text is an offset in the original.
 */
final class TextFolding {
    private TextFolding() {
    }

    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                sb.append('\'');
            } else if (c < 0x80) {
                sb.append(Character.toLowerCase(c));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                sb.append(' ');
            } else {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                sb.append(d.isEmpty() ? c : Character.toLowerCase(d.charAt(0)));
            }
        }
        return sb.toString();
    }

    /**
     * The key a keyword value is indexed and looked up under: folded, inner whitespace runs made one space, trimmed.
     * Keyword fields use this key so that {@code body:wg.7} finds {@code WG.7} and {@code verb:"sont encourages"} finds
     * {@code sont encouragés}.
     */
    static String key(String value) {
        return fold(value).replaceAll("\\s+", " ").strip();
    }
}
