package org.compendium.parse;

import java.util.List;
import org.compendium.parse.grammar.Grammar;

/**
 * A report's chapter or section heading whose label text extraction set alone on its line, its title on the next
 * ({@code I.} / {@code Introduction}, {@code А.} / {@code Открытие сессии}, {@code 一.} / {@code 建议}), as
 * {@code pdftotext} without {@code -layout} gives a heading set with a hanging label. Read as the one heading it is
 * ({@code I. Introduction}); before, the label and the title were read as text — the report's front matter, or the
 * end of the paragraph or reproduced resolution above — and the chapter's or section's start was missed.
 */
final class SplitHeadings {
    /** The longest label alone that can head a chapter or section ({@code VIII.}, {@code ثامناً -}). */
    private static final int LABEL_CHARS = 10;

    private SplitHeadings() {
    }

    /**
     * The heading's text (the label, a space, the title) when {@code lines.get(at)} is a chapter or section label alone
     * (nothing after it: {@code II. Topics} above {@code A. Meeting} is a whole heading, not a label) and the next
     * non-blank line its title — a line starting with a letter that, after the label, makes a heading of the language's
     * shapes; else null.
     */
    static String joined(List<SourceLines.Line> lines, int at, Grammar.ReportShapes shapes) {
        String label = lines.get(at).stripped();
        if (label.isEmpty() || label.length() > LABEL_CHARS || LineGate.lookingAt(shapes.paragraph(), label)) {
            return null;
        }
        int title = titleIndex(lines, at);
        if (title < 0) {
            return null;
        }
        String text = lines.get(title).stripped();
        if (!Character.isLetter(text.codePointAt(0))) {
            return null;
        }
        String heading = label + " " + text;
        // The line is the label and nothing else: the label's match runs past it into the space before the title.
        java.util.regex.Matcher m = shapes.sectionLabel().matcher(heading);
        return m.lookingAt() && m.end() > label.length() && InstrumentBlocks.isReportHeading(heading, shapes) ? heading : null;
    }

    /** The index of the next non-blank line after {@code at}, or -1. */
    static int titleIndex(List<SourceLines.Line> lines, int at) {
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
