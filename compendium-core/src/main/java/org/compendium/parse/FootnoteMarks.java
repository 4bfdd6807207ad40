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
     * two letters must stand before the punctuation.
     */
    private static final Pattern AT_LINE_END = Pattern.compile(
            "(?<!\\b(?:Rev|Add|Corr|Amend|No|no|vol|para|paras|art|arts|sect|op|pp)[.])(?<=\\p{L}{2}[,;:،؛，；：.。»”\"’])(\\d{1,2})$");

    private FootnoteMarks() {
    }

    /**
     * Adds {@code line} to {@code node}; when the node is a provision and the line ends with a mark, the mark's digits
     * become a footnote-reference segment instead (Markdown marks its footnotes, so its digits are text).
     */
    static void addLine(OpenNode node, SourceLines.Line line, boolean markdown, NodeCollector collector, List<String> path) {
        Matcher mark;
        // A line that does not end with a digit holds no mark: find() is not run over it (the pattern's look-behinds
        // would be tried at each of its characters, on every line of every provision).
        if (node instanceof OpenNode.ProvisionDraft provision && !markdown && endsWithDigit(line)
                && (mark = AT_LINE_END.matcher(line.stripped())).find()) {
            int markStart = line.contentEnd() - (mark.end(1) - mark.start(1));
            provision.spans().add(line.contentStart(), markStart);
            collector.addSegment(SegmentKind.FOOTNOTE, "mark " + mark.group(1), path, List.of(new SourceSpan(markStart, line.contentEnd())));
            return;
        }
        node.addLine(line);
    }

    /** Whether the line's last non-blank character is an ASCII digit, as {@code (\d{1,2})$} needs. */
    private static boolean endsWithDigit(SourceLines.Line line) {
        int end = line.contentEnd() - line.start();
        String s = line.text();
        return end > 0 && s.charAt(end - 1) >= '0' && s.charAt(end - 1) <= '9';
    }
}
