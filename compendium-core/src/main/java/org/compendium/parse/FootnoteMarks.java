package org.compendium.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceSpan;

/**
 * Footnote marks that text extraction left as plain digits glued to the end of a paragraph's line: the digits are a
 * reference to the footnote (a {@link SegmentKind#FOOTNOTE} segment labelled {@code mark N}), kept out of the
 * provision's text, so that a provision read from a PDF extraction reads as the same provision typed cleanly.
 */
final class FootnoteMarks {
    /**
     * A footnote mark left as plain digits at the end of a line of a paragraph, glued to the word or punctuation it
     * marks ({@code … by Land, Sea and Air,1}, {@code … trafficking in persons.8}, {@code 议定书，2}): group 1. Not a
     * number that ends an abbreviation ({@code Rev.1}, {@code No.2}, {@code para.3}) or a symbol ({@code L.4}, {@code WG.7}):
     * two letters must stand before the punctuation, or a year ({@code … held in Vienna from 2 to 4 July 2029,2}).
     * Extraction that keeps the layout ({@code pdftotext -layout}) sets the raised mark a space apart
     * ({@code … Organized Crime, 1}): one blank may stand between the punctuation and the mark.
     */
    private static final Pattern AT_LINE_END = Pattern.compile(
            "(?<!\\b(?:Rev|Add|Corr|Amend|No|no|vol|para|paras|art|arts|sect|op|pp)[.][ \\t]?)"
                    + "(?<=(?:\\p{L}{2}[》）]?|\\s(?:19|20)\\d{2})[,;:،؛，；：.。»”\"’][ \\t]?)(\\d{1,2})$");

    private FootnoteMarks() {
    }

    /**
     * Abbreviations a number follows after a full stop ({@code para. 6}, {@code Rev.1}, {@code No. 2}, {@code п. 2}):
     * their full stop ends no sentence and their number is no footnote mark. Single letters ({@code p.}, {@code J.})
     * are abbreviations too.
     */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Rev", "Add", "Corr", "Amend", "Suppl",
            "No", "no", "Nos", "nos", "núm", "vol", "Vol", "para", "paras", "par", "Par", "párr", "párrs", "art", "arts", "Art",
            "sect", "chap", "op", "pp", "al", "cf", "e.g", "i.e", "etc", "approx", "пп", "ст", "гл", "рез", "см", "ср");

    /** Punctuation French typography sets after a space, before which a mark stands glued to the word. */
    private static final String SPACED = ";:!?";

    /** Punctuation a footnote mark is glued to. */
    private static final String MARKED = ",;:.،؛，；：。»”\"’》）";

    /**
     * Adds {@code line} to {@code node}; when the node is a provision, footnote marks glued to its words become
     * footnote-reference segments instead: at the line's end, and inside the line where raw extraction runs the text
     * on after them ({@code … in persons.8 The Working Group …}). Markdown marks its footnotes, so its digits are text.
     */
    static void addLine(OpenNode node, SourceLines.Line line, boolean markdown, NodeCollector collector, List<String> path) {
        if (!(node instanceof OpenNode.ProvisionDraft provision) || markdown) {
            node.addLine(line);
            return;
        }
        // Arabic-Indic marks (الخدمات.٣) read as their ASCII digits, in a copy of the same length: offsets stay the line's.
        String text = org.compendium.parse.grammar.Numerals.ascii(line.text());
        int from = line.contentStart() - line.start();
        int end = line.contentEnd() - line.start();
        // Inside the line: digits glued to punctuation and followed by a blank, found by a plain scan of the line.
        // Or, in French typography, digits glued to a word before the space and the punctuation that follows it
        // ("… des passeurs8 ;", "… de migrants12 :"): the mark stands after the word, the space before the punctuation.
        for (int i = from + 3; i < end; i++) {
            if (!LineRules.isAsciiDigit(text.charAt(i))) {
                continue;
            }
            boolean afterPunctuation = MARKED.indexOf(text.charAt(i - 1)) >= 0;
            boolean bracketed = text.charAt(i - 1) == '(' && smallLetter(text.charAt(i - 2)) && smallLetter(text.charAt(i - 3));
            if (!afterPunctuation && !bracketed && !(smallLetter(text.charAt(i - 1)) && smallLetter(text.charAt(i - 2)))) {
                continue;
            }
            int digitsEnd = i;
            while (digitsEnd < end && LineRules.isAsciiDigit(text.charAt(digitsEnd))) {
                digitsEnd++;
            }
            int markStart = i;
            int markEnd = digitsEnd;
            boolean marks;
            if (bracketed) {
                // Arabic prints its marks in brackets glued to the word: "الضحايا(1)."
                marks = digitsEnd < end && text.charAt(digitsEnd) == ')' && (digitsEnd + 1 == end
                        || !Character.isLetterOrDigit(text.charAt(digitsEnd + 1)));
                markStart = i - 1;
                markEnd = digitsEnd + 1;
            } else if (afterPunctuation) {
                marks = digitsEnd < end && (Blanks.isBlank(text.charAt(digitsEnd)) || beforeWordAfterBracket(text, i, digitsEnd))
                        && marksEnd(text, i);
            } else {
                marks = beforeSpacedPunctuation(text, digitsEnd, end) || beforePunctuation(text, digitsEnd, end)
                        || beforeSmallWord(text, digitsEnd, end);
            }
            if (digitsEnd - i <= 2 && marks) {
                provision.spans().add(line.start() + from, line.start() + markStart);
                collector.addSegment(SegmentKind.FOOTNOTE, "mark " + text.substring(i, digitsEnd), path,
                        List.of(new SourceSpan(line.start() + markStart, line.start() + markEnd)));
                from = markEnd;
            }
            i = digitsEnd;
        }
        Matcher mark;
        // A line that does not end with a digit holds no mark at its end: the pattern is not run over it.
        if (endsWithDigit(text, end) && (mark = markAtEnd(text.substring(line.contentStart() - line.start(), end))) != null) {
            int markStart = line.contentEnd() - (mark.end(1) - mark.start(1));
            provision.spans().add(line.start() + from, markStart);
            collector.addSegment(SegmentKind.FOOTNOTE, "mark " + mark.group(1), path, List.of(new SourceSpan(markStart, line.contentEnd())));
            return;
        }
        provision.spans().add(line.start() + from, line.contentEnd());
    }

    /**
     * The match of {@link #AT_LINE_END} in {@code content}, as {@code find()} gives it, or null. A match is its one or
     * two digits before the end, so it starts at one of the last two characters: the pattern is tried there only
     * (its look-behinds seeing the content before), not at each character of the line.
     */
    private static Matcher markAtEnd(String content) {
        Matcher m = AT_LINE_END.matcher(content).useTransparentBounds(true);
        int n = content.length();
        for (int at = Math.max(0, n - 2); at < n; at++) {
            if (m.region(at, n).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether digits starting at {@code digits} in {@code text} are a footnote mark by what precedes them: punctuation
     * glued to a word of two lower-case or uncased letters at least ({@code persons.}, {@code 议定书，}), not an
     * abbreviation ({@code Rev.}) nor a symbol's part ({@code WG.}).
     */
    static boolean marksEnd(String text, int digits) {
        int p = digits - 1;
        if (p < 2 || MARKED.indexOf(text.charAt(p)) < 0 || !smallLetter(text.charAt(p - 1)) || !smallLetter(text.charAt(p - 2))) {
            return false;
        }
        return text.charAt(p) != '.' || !isAbbreviation(text, p);
    }

    /**
     * Whether {@code at} starts a blank (a space, a no-break space) and the punctuation French sets after one
     * ({@code ;}, {@code :}, {@code !}, {@code ?}), then the line's end or a blank: the place of a mark glued to
     * the word before it.
     */
    static boolean beforeSpacedPunctuation(String text, int at, int end) {
        if (at + 1 >= end || !Blanks.isBlank(text.charAt(at)) || SPACED.indexOf(text.charAt(at + 1)) < 0) {
            return false;
        }
        return at + 2 >= end || Blanks.isBlank(text.charAt(at + 2));
    }

    /**
     * Whether {@code at} holds the punctuation that a mark glued to its word comes before, as French, Spanish and
     * Russian print it ({@code … au questionnaire2.}, {@code … Aire2,}), then the line's end or a blank.
     */
    static boolean beforePunctuation(String text, int at, int end) {
        if (at >= end || ",;:.".indexOf(text.charAt(at)) < 0) {
            return false;
        }
        return at + 1 >= end || Blanks.isBlank(text.charAt(at + 1));
    }

    /**
     * Whether a blank and a lower-case word follow at {@code at}: a mark glued to the word before a conjunction
     * ({@code … organisée1 et le Protocole}, {@code … преступности1 и}).
     */
    static boolean beforeSmallWord(String text, int at, int end) {
        return at + 1 < end && Blanks.isBlank(text.charAt(at)) && Character.isLowerCase(text.charAt(at + 1));
    }

    /**
     * Whether digits after a closing title bracket run on into the next Chinese word ({@code 《…公约》1和《…》}): a
     * mark, unless a counter or a date unit follows them ({@code 》12月}).
     */
    private static boolean beforeWordAfterBracket(String text, int digits, int digitsEnd) {
        char bracket = text.charAt(digits - 1);
        char next = text.charAt(digitsEnd);
        return (bracket == '》' || bracket == '）') && Character.getType(next) == Character.OTHER_LETTER
                && "年月日号条款届次项段".indexOf(next) < 0;
    }

    /** Whether the full stop at {@code stop} ends an abbreviation: a word of {@link #ABBREVIATIONS}, or one letter. */
    static boolean isAbbreviation(String text, int stop) {
        int start = stop;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.' && start - 1 > 0
                && Character.isLetter(text.charAt(start - 2)))) {
            start--;
        }
        String word = text.substring(start, stop);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static boolean smallLetter(char c) {
        return Character.isLowerCase(c) || Character.getType(c) == Character.OTHER_LETTER;
    }

    /** Whether the line's last non-blank character (before {@code end}) is an ASCII digit, as {@code (\d{1,2})$} needs. */
    private static boolean endsWithDigit(String text, int end) {
        return end > 0 && LineRules.isAsciiDigit(text.charAt(end - 1));
    }
}
