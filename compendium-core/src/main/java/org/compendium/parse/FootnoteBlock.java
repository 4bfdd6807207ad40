package org.compendium.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.SegmentKind;
import org.compendium.parse.grammar.Numerals;

/**
 * Reads footnote blocks out of the running text: the rule that opens them ({@code ____}, {@code ---}), the footnotes
 * themselves ({@code  1  text} in PDF text, {@code <sup>2</sup> text} or {@code ¹ text} in Markdown), their wrapped
 * continuation lines, and the stray links conversion left beside them.
 *
 * <p>The paragraph a block interrupts is not closed by it: the first line that is not part of the block is handed
 * back to the structure reader, which joins it to that paragraph.
 */
final class FootnoteBlock {
    private static final Pattern STRUCTURAL_START = Pattern.compile(
            "^\\s*(?:\\d{1,3}\\.|\\d{1,3}\\s?-(?:\\s|$)|-?\\s*[a-z]{1,4}\\)|\\(\\p{L}{1,4}\\)|\\*|#|Recommandation\\s+\\d"
                    // A chapter's or section's label alone on its line (I., B., Б., 二.), its title on the next.
                    + "|(?:[IVX]{1,5}|[A-HА-З]|[一二三四五六七八九十]{1,3})[.．、]\\s*$)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WHITESPACE_INSIDE = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
    /** An asterisk footnote that is only a document symbol: {@code * CTOC/COP/2024/1.}, {@code ** A/80/150.} */
    private static final Pattern AGENDA_FOOTNOTE = Pattern.compile("^\\s*\\*{1,3}\\s+(?:CTOC|A|E|S)/[A-Za-z0-9./-]*[A-Za-z0-9]\\.?\\s*$");
    /**
     * An Arabic footnote whose number extraction put at the end of the line ({@code الأمم المتحدة، … 39574. 1}): laid
     * out from the right, the number that starts it stands at its right edge, and PDFBox writes it last.
     */
    private static final Pattern RIGHT_TO_LEFT_FOOTNOTE = Pattern.compile("^\\s*\\p{IsArabic}.*[.\\u06D4]\\s+(\\d{1,3})\\s*$");
    /**
     * Under a rule, a footnote called by a star ({@code * Reissued for technical reasons on …}, Arabic {@code (*) أعيد
     * إصدارها …}) or numbered in brackets as Arabic prints its numbers ({@code (1) الأمم المتحدة، …}); group 1 the number.
     */
    private static final Pattern STAR_OR_BRACKETED_FOOTNOTE = Pattern.compile("^\\s*(?:\\*{1,3}|\\(\\*{1,3}\\)|\\((\\d{1,3})\\))\\s+\\S");
    /** A document symbol alone on its line ({@code CTOC/COP/2024/L.1}, {@code A/RES/81/205}). */
    private static final Pattern SYMBOL_ALONE = Pattern.compile("^\\s*(?:CTOC/COP|[AES])/[A-Za-z0-9./-]*[A-Za-z0-9]\\s*$");
    private static final Pattern TRAILING_MARKUP = Pattern.compile("(?:[*_\\s]|</?sup>)+$");

    private final NodeCollector collector;
    private final boolean markdown;
    private OpenNode.SegmentDraft footnote;
    private boolean sentenceEnded;
    /** Whether page furniture (a footer, a running header) was read since the footnote's last line. */
    private boolean furnitureSinceLastLine;
    private boolean active;

    private final String runningHeader;
    /** A number alone on its line inside the block: a footnote's number if footnote words follow, else a page number. */
    private SourceLines.Line pendingNumber;

    /** @param runningHeader the document's own symbol, a line of page furniture wherever it stands alone; or null */
    FootnoteBlock(NodeCollector collector, boolean markdown, String runningHeader) {
        this.collector = collector;
        this.markdown = markdown;
        this.runningHeader = runningHeader;
    }

    /**
     * Reads {@code line} if it is not running text — part of a footnote block, or page furniture (page numbers, job
     * numbers, stray links) — and returns whether it did. The paragraph such a line interrupts stays open.
     */
    boolean setsAside(SourceLines.Line line) {
        if (takes(line) || opens(line)) {
            return true;
        }
        if (isFurniture(line) || LineRules.isPageNumber(line.text()) && atPageEdge(line)) {
            collector.addSegment(SegmentKind.PAGE_FURNITURE, "", List.of(), Spans.ofLine(line));
            return true;
        }
        return false;
    }

    private boolean isFurniture(SourceLines.Line line) {
        return LineRules.isFurniture(line.text()) || runningHeader != null && strippedEquals(line.text(), runningHeader);
    }

    /** {@code line.strip().equals(expected)}, without building the stripped line. */
    private static boolean strippedEquals(String line, String expected) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end - start == expected.length() && line.startsWith(expected, start);
    }

    /**
     * Whether a line stands at the top or the bottom of a PDF page: only blank lines and page furniture between it
     * and the form feed that ends its page (or the end of the text, on the last page) or that starts it. A bare number
     * there is the page's number, wherever the page breaks — after a preamble's comma, inside an operative paragraph —
     * and not the text of the paragraph it interrupts. Text without form feeds (no PDF pages) has no page edge; nor has
     * the first page's top, where no page number is printed.
     */
    private boolean atPageEdge(SourceLines.Line line) {
        SourceLines lines = collector.lines();
        String source = lines.source();
        if (source.indexOf('\f') < 0) {
            return false;
        }
        for (int i = line.index(); ; i++) {
            SourceLines.Line current = lines.get(i);
            if (current.end() < source.length() && source.charAt(current.end()) == '\f' || i + 1 == lines.size()) {
                return true;
            }
            SourceLines.Line next = lines.get(i + 1);
            if (!next.isBlank() && !isFurniture(next)) {
                break;
            }
        }
        for (int i = line.index(); i > 0; i--) {
            SourceLines.Line current = lines.get(i);
            if (source.charAt(current.start() - 1) == '\f') {
                return true;
            }
            SourceLines.Line previous = lines.get(i - 1);
            if (!previous.isBlank() && !isFurniture(previous)) {
                return false;
            }
        }
        return false;
    }

    /** Reads {@code line} if it opens a footnote block (a rule, or a footnote); returns whether it did. */
    boolean opens(SourceLines.Line line) {
        String s = line.text();
        if (LineRules.isFootnoteRule(s) || LineRules.isMarkdownRule(s)) {
            collector.addSegment(SegmentKind.FOOTNOTE, "rule", List.of(), Spans.ofLine(line));
            active = true;
            return true;
        }
        if (startsMarkedFootnote(s)) {
            active = true;
            return takes(line);
        }
        if (!markdown && opensWithoutRule(line)) {
            active = true;
            return takes(line);
        }
        if (!markdown && LineRules.firstVisible(s) == '*' && AGENDA_FOOTNOTE.matcher(s).matches()) {
            // The first page's "* CTOC/COP/2024/1.": the symbol of the provisional agenda that the masthead's
            // "Item 3 of the provisional agenda*" points to, printed with no rule when extraction drops the drawn one.
            collector.addSegment(SegmentKind.FOOTNOTE, "*", List.of(), Spans.ofLine(line));
            return true;
        }
        return false;
    }

    /**
     * Whether {@code line} is a footnote at a page's foot that extraction gave without its rule (a rule drawn as a line
     * is no text): numbered as a footnote ({@code 1 United Nations, Treaty Series …}, Arabic {@code (1) الأمم المتحدة …}), its number that of a mark read
     * in the text above and not yet given its footnote, and nothing but footnotes between it and the page's footer
     * (page furniture, a form feed, the text's end). Before, such footnotes were read into the paragraph above them.
     */
    private boolean opensWithoutRule(SourceLines.Line line) {
        String s = Numerals.ascii(line.text());
        char first = LineRules.firstVisible(s);
        if (first == '(') {
            // Arabic numbers its footnotes in brackets, as its marks: "(1) الأمم المتحدة، …".
            Matcher bracketed = STAR_OR_BRACKETED_FOOTNOTE.matcher(s);
            return bracketed.lookingAt() && bracketed.group(1) != null && marked(bracketed.group(1)) && reachesPageFoot(line);
        }
        if (!LineRules.isAsciiDigit(first) || looksStructural(s)) {
            return false;
        }
        Matcher numbered = LineRules.PDF_FOOTNOTE.matcher(s);
        return numbered.lookingAt() && marked(numbered.group(1)) && reachesPageFoot(line);
    }

    /**
     * Whether a mark {@code number} was read in the text and no footnote of that number has been read yet. The
     * collector's segments are only ever appended to: those added since the last call are read, so that a long text
     * with many number-led lines is not read again for each.
     */
    private boolean marked(String number) {
        List<org.compendium.model.Segment> segments = collector.segments();
        for (; segmentsRead < segments.size(); segmentsRead++) {
            org.compendium.model.Segment segment = segments.get(segmentsRead);
            if (segment.kind() == SegmentKind.FOOTNOTE) {
                String label = segment.label();
                (label.startsWith("mark ") ? marksRead : footnotesRead).add(label.startsWith("mark ") ? label.substring(5) : label);
            }
        }
        return marksRead.contains(number) && !footnotesRead.contains(number);
    }

    /** How many of the collector's segments {@link #marked} has read, and the mark and footnote numbers among them. */
    private int segmentsRead;
    private final java.util.Set<String> marksRead = new java.util.HashSet<>();
    private final java.util.Set<String> footnotesRead = new java.util.HashSet<>();

    /** How many lines a page's footnotes may take below the first. */
    private static final int FOOTNOTE_LINES = 24;

    /** Whether only footnote lines stand between {@code line} and its page's footer, a form feed or the text's end. */
    private boolean reachesPageFoot(SourceLines.Line line) {
        SourceLines lines = collector.lines();
        String source = lines.source();
        for (int i = line.index(); i < lines.size() && i <= line.index() + FOOTNOTE_LINES; i++) {
            SourceLines.Line current = lines.get(i);
            if (i > line.index() && !current.isBlank() && (isFurniture(current) || LineRules.isPageNumber(current.text()))) {
                return true;
            }
            if (i > line.index() && looksStructural(Numerals.ascii(current.text()))) {
                return false;
            }
            if (current.end() < source.length() && source.charAt(current.end()) == '\f' || i + 1 == lines.size()) {
                return true;
            }
        }
        return false;
    }

    /** Reads {@code line} if the open block goes on with it; returns false, closing the block, when body text resumes. */
    boolean takes(SourceLines.Line line) {
        if (!active) {
            return false;
        }
        // Footnotes numbered in Arabic-Indic digits (١ الاستبيان …) read as ASCII ones: their labels are the numbers the
        // marks in the text give (FootnoteMarks reads those the same way).
        String s = Numerals.ascii(line.text());
        if (pendingNumber != null) {
            SourceLines.Line number = pendingNumber;
            pendingNumber = null;
            if (startsFootnoteText(s)) {
                start(Numerals.ascii(number.stripped()), number);
                add(line, true);
                return true;
            }
            // Not followed by a footnote's words: a page number at the foot of the page.
            collector.addSegment(SegmentKind.PAGE_FURNITURE, "", List.of(), Spans.ofLine(number));
        } else if (!markdown && LineRules.isPageNumber(s)) {
            // Extraction may leave a footnote's superscript number alone on its line, its words on the next one.
            pendingNumber = line;
            return true;
        }
        Matcher marked = LineRules.MARKDOWN_FOOTNOTE.matcher(s);
        boolean markedStart = startsMarkedFootnote(s);
        char first = LineRules.firstVisible(s);
        Matcher numbered = LineRules.PDF_FOOTNOTE.matcher(s);
        boolean pdfStart = !markdown && LineRules.isAsciiDigit(first) && numbered.lookingAt() && !looksStructural(s);
        Matcher numberedAtEnd = RIGHT_TO_LEFT_FOOTNOTE.matcher(s);
        boolean rightToLeftStart = !markdown && !pdfStart && mayBeArabic(first) && numberedAtEnd.matches();
        if (footnote != null && !sentenceEnded && !markedStart && !pdfStart && !rightToLeftStart && !LineRules.isFurniture(s) && !looksStructural(s)) {
            // The footnote's previous line stopped mid-sentence: a wrapped footnote goes on here.
            add(line, true);
        } else if (markedStart && marked.lookingAt()) {
            String label = marked.group(1) != null ? marked.group(1)
                    : marked.group(2) != null ? LineRules.superscriptToDigits(marked.group(2)) : "*";
            start(label, line);
        } else if (pdfStart) {
            start(numbered.group(1), line);
        } else if (rightToLeftStart) {
            start(numberedAtEnd.group(1), line);
        } else if (!markdown && AGENDA_FOOTNOTE.matcher(s).matches()) {
            // "* CTOC/COP/2026/1." under the rule, the numbered footnotes of the page after it: one block.
            start("*", line);
        } else if (!markdown && (marked = STAR_OR_BRACKETED_FOOTNOTE.matcher(s)).lookingAt()) {
            start(marked.group(1) == null ? "*" : marked.group(1), line);
        } else if (isFurniture(line) || SYMBOL_ALONE.matcher(s).matches()) {
            // Under the footnotes, a symbol alone on its line is the next page's running header.
            collector.addSegment(SegmentKind.PAGE_FURNITURE, "", List.of(), Spans.ofLine(line));
            furnitureSinceLastLine = true;
        } else if (footnote != null && !WHITESPACE_INSIDE.matcher(s.strip()).find() && !looksStructural(s)
                && !(isPlainWord(s) && (furnitureSinceLastLine || sentenceEnded && !Character.isLowerCase(LineRules.firstVisible(s))))) {
            // (Not a word alone after the page's footer, nor a capitalised one after a full stop: the next page's
            // "Annex", "المرفق", "附件". A link's broken-off rest has slashes and dots.)
            // A URL or word the footnote's previous line broke off; it says nothing about where the sentence ends.
            add(line, false);
        } else {
            close();
            return false;
        }
        return true;
    }

    /** Whether the line is one word of letters only. */
    private static boolean isPlainWord(String s) {
        String w = s.strip();
        return !w.isEmpty() && w.codePoints().allMatch(Character::isLetter);
    }

    /** Whether a line can be the first words of a footnote whose number stood alone on the line above. */
    private static boolean startsFootnoteText(String s) {
        return !s.isBlank() && !LineRules.isFurniture(s) && !looksStructural(s)
                && !(LineRules.isAsciiDigit(LineRules.firstVisible(s)) && LineRules.PDF_FOOTNOTE.matcher(s).lookingAt())
                && !LineRules.isPageNumber(s);
    }

    /** Closes the footnote being read, if any, and ends the block. */
    void close() {
        if (pendingNumber != null) {
            collector.addSegment(SegmentKind.PAGE_FURNITURE, "", List.of(), Spans.ofLine(pendingNumber));
            pendingNumber = null;
        }
        if (footnote != null) {
            footnote.close(collector);
            footnote = null;
        }
        active = false;
    }

    private void start(String label, SourceLines.Line line) {
        if (footnote != null) {
            footnote.close(collector);
        }
        footnote = new OpenNode.SegmentDraft(SegmentKind.FOOTNOTE, label, List.of());
        add(line, true);
    }

    private void add(SourceLines.Line line, boolean tellsSentenceEnd) {
        footnote.addLine(line);
        furnitureSinceLastLine = false;
        if (tellsSentenceEnd) {
            String s = TRAILING_MARKUP.matcher(line.stripped()).replaceAll("");
            sentenceEnded = s.isEmpty() || s.endsWith(".") || s.endsWith(";") || s.endsWith(")") || s.endsWith("»")
                    || s.endsWith("。") || s.endsWith("；");
        }
    }

    /** A footnote marked as such ({@code <sup>2</sup>}, {@code ¹}, {@code \*}); an italic lead "*Rappelant*" is not one. */
    private static boolean startsMarkedFootnote(String s) {
        char c = LineRules.firstVisible(s);
        boolean mayStart = c == '<' || c == '\\' || c == '*' || c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070'
                || c >= '\u2074' && c <= '\u2079';
        return mayStart && LineRules.MARKDOWN_FOOTNOTE.matcher(s).lookingAt() && !s.strip().startsWith("*");
    }

    /**
     * A numbered, lettered or italic-led line starts a paragraph; it never continues a footnote. An Arabic paragraph's
     * number alone on its line ({@code 1 -}) is one: before, under a mark {@code (1)} whose footnote stood at the page's
     * foot, it was taken for that footnote, and the operative paragraphs above the footnote with it. A bracketed letter
     * alone on its line ({@code (c)}, {@code (ب)}: a sub-paragraph's label as extraction without the layout leaves it,
     * at the top of the page after the footnotes) is one too; it was taken for a word a footnote broke off.
     */
    private static boolean looksStructural(String line) {
        // What can follow the leading blanks of STRUCTURAL_START (its \d is any decimal digit, a surrogate pair's too).
        char c = LineRules.firstVisible(line);
        boolean mayStart = Character.isDigit(c) || Character.isSurrogate(c) || c == '-' || c >= 'a' && c <= 'z'
                || c == '*' || c == '#' || c == 'R' || c == '(' || c >= 'A' && c <= 'X' || c >= 'А' && c <= 'З'
                || "一二三四五六七八九十".indexOf(c) >= 0;
        return mayStart && STRUCTURAL_START.matcher(line).lookingAt();
    }

    /** Whether {@code c} may begin a {@code \p{IsArabic}} character (a surrogate may begin one outside the BMP). */
    private static boolean mayBeArabic(char c) {
        return Character.isSurrogate(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}
