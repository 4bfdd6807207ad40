package org.compendium.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the punctuation of a line that holds only a number back after it in a right-to-left text: a paragraph of an
 * Arabic page whose last line is only {@code 2025،} has no letter to tell PDFBox the line's direction, so the line
 * is left in page order, left to right, and reads {@code ،2025}. In a text written mostly right to left
 * ({@link PdfColumns#writtenRightToLeft}), such a line (punctuation, then a number of digits, slashes, dots or
 * hyphens) is turned round: {@code 2025،}. Lines with any letter, and left-to-right texts, are never touched.
 */
final class RightToLeftNumberLines {
    private static final Pattern TURNED = Pattern.compile("(?m)^([ \\t]*)([،؛:.,;])([ \\t]*)(\\p{Nd}[\\p{Nd}/.\\-]*)([ \\t]*)$");

    private RightToLeftNumberLines() {
    }

    /** The text with each such line turned round; the same text when it has none or is not right to left. */
    static String repair(String text) {
        Matcher m = TURNED.matcher(text);
        if (!m.find() || !PdfColumns.writtenRightToLeft(text)) {
            return text;
        }
        return TURNED.matcher(text).replaceAll("$1$4$3$2$5");
    }
}
