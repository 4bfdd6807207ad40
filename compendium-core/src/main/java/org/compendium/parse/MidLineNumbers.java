package org.compendium.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.parse.grammar.Numerals;

/**
 * A paragraph number in the middle of a line, where raw PDF extraction runs two paragraphs together
 * ({@code … trafficking in persons.8 6. We recall …}): the next paragraph starts there only when the number is the one
 * expected next, stands after the end of a sentence (a full stop, perhaps with a footnote mark glued to it) and before
 * the start of one, and the full stop does not end an abbreviation ({@code para. 6.}, {@code No. 2.}). A number inside
 * a symbol ({@code Rev.1}, {@code 11/5}) or a date ({@code 1 July 2025}) never stands after a sentence's end.
 */
final class MidLineNumbers {
    private MidLineNumbers() {
    }

    /**
     * Where in {@code text} (a line of a report's paragraph) the paragraph numbered {@code expected} starts, in the
     * shape of {@code paragraph} (the grammar's numbered paragraph); -1 when it does not start in this line after its
     * first character.
     */
    static int cut(String text, int expected, Pattern paragraph) {
        return cut(text, expected, paragraph, false, false);
    }

    /**
     * As {@link #cut(String, int, Pattern)}, in a resolution's operative part or annex: there a paragraph may end with
     * a semicolon ({@code semicolonEnds}), and in some languages start in lower case ({@code lowerCaseStarts}, Russian
     * {@code 3. просит}).
     */
    static int cut(String line, int expected, Pattern paragraph, boolean semicolonEnds, boolean lowerCaseStarts) {
        // Arabic-Indic numbers (… ٢٠٢٥. ٦ - وشددت …) read as ASCII digits in a copy of the same length: offsets stay the line's.
        String text = Numerals.ascii(line);
        String number = Integer.toString(expected);
        int from = 1;
        int at;
        // The number's digits are looked for as a plain substring: the line is only matched where they stand.
        while ((at = text.indexOf(number, from)) > 0) {
            from = at + 1;
            char before = text.charAt(at - 1);
            boolean afterBlank = Blanks.isBlank(before);
            if (!afterBlank && before != '。' || at + number.length() < text.length() && LineRules.isAsciiDigit(text.charAt(at + number.length()))) {
                continue;
            }
            Matcher m = paragraph.matcher(text).region(at, text.length());
            if (!m.lookingAt() || !Numerals.ascii(m.group(1)).equals(number) || !lowerCaseStarts && startsLowerCase(text, m.end() - 1)) {
                continue;
            }
            int end = at - 1;
            while (end >= 0 && Blanks.isBlank(text.charAt(end))) {
                end--;
            }
            if (end >= 0 && endsSentence(text, end, semicolonEnds)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the first non-blank character from {@code from} is lower case: the rest of a sentence, not a paragraph's start. */
    private static boolean startsLowerCase(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Blanks.isBlank(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /**
     * Whether the character at {@code end} ends a sentence: a full stop (Latin or Chinese), or a closing bracket or
     * quote after one, not ending an abbreviation; or a footnote mark glued to such an end ({@code persons.8}).
     */
    private static boolean endsSentence(String text, int end, boolean semicolonEnds) {
        char c = text.charAt(end);
        if (LineRules.isAsciiDigit(c)) {
            int digits = end;
            while (digits > 0 && LineRules.isAsciiDigit(text.charAt(digits - 1))) {
                digits--;
            }
            return end - digits < 2 && digits > 0 && FootnoteMarks.marksEnd(text, digits) && endsSentence(text, digits - 1, semicolonEnds);
        }
        if (c == '。' || c == '!' || c == '?' || semicolonEnds && (c == ';' || c == '；' || c == '؛')) {
            return true;
        }
        if ((c == ')' || c == '”' || c == '"' || c == '’' || c == '»') && end > 0) {
            return text.charAt(end - 1) == '.';
        }
        return c == '.' && !FootnoteMarks.isAbbreviation(text, end);
    }
}
