package org.compendium.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the brackets of right-to-left lines that PDF extraction gives mirrored: a producer that draws the mirrored
 * glyph of {@code (} in an Arabic line but maps it to {@code (} in the font's ToUnicode table gives, once PDFBox has
 * reversed the line into reading order, {@code )أ(} for {@code (أ)}. Other producers map the glyph to what it shows
 * and extraction is right, so the document decides: only when its right-to-left lines hold more bracket pairs the
 * wrong way round ({@code )…(}) than the right way ({@code (…)}) are all their brackets swapped. Left-to-right lines are
 * never touched.
 */
final class RightToLeftBrackets {
    private static final Pattern REVERSED = Pattern.compile("\\)[^()\\n]{1,80}\\(");
    private static final Pattern UPRIGHT = Pattern.compile("\\([^()\\n]{1,80}\\)");

    private RightToLeftBrackets() {
    }

    /** The text with the brackets of its right-to-left lines swapped when they read mirrored; the same text otherwise. */
    static String repair(String text) {
        if (text.indexOf('(') < 0 && text.indexOf(')') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int reversed = 0;
        int upright = 0;
        for (String line : lines) {
            if (rightToLeft(line)) {
                reversed += count(REVERSED, line);
                upright += count(UPRIGHT, line);
            }
        }
        if (reversed <= upright) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(rightToLeft(lines[i]) ? swapped(lines[i]) : lines[i]);
        }
        return out.toString();
    }

    /** Whether the line's first strong character is right-to-left (Arabic, Hebrew): its paragraph direction. */
    static boolean rightToLeft(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static int count(Pattern p, String line) {
        Matcher m = p.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String swapped(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            sb.append(switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                default -> c;
            });
        }
        return sb.toString();
    }
}
