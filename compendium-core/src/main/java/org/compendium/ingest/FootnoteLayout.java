package org.compendium.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.text.TextPosition;

/**
 * What the type sizes of a PDF page say that its text does not: where the footnotes start, and which digits are
 * footnote marks.
 *
 * <p>Why: a UN document draws the rule above its footnotes as a line, not as text, and prints the footnote marks as
 * raised small digits; text extraction gives neither. The footnotes then read as the end of the paragraph the page
 * breaks ({@code … can be improved; 1 United Nations, Treaty Series …}) and the marks as digits glued to the text
 * ({@code offences,1}). Here the page's body size is the size most of its characters are set in; the footnotes are
 * the lines in a smaller size at the foot of the page, from the first of them that starts with a number or an
 * asterisk; a footnote mark is a digit set smaller than its line and raised above the line's baseline.
 */
final class FootnoteLayout {
    /** A line set at most this share of the body size is small print (UN documents: 10 pt body, 9 pt footnotes). */
    private static final float SMALL = 0.93f;
    /** A raised digit set at most this share of its line's size is a mark (superscripts are about 0.6 of it). */
    private static final float MARK = 0.8f;
    /** A mark's baseline stands at least this share of its line's size above the line's baseline. */
    private static final float RAISED = 0.15f;
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** The footnotes' top (the baseline of their first line, in PDFBox's downward y), or NaN when the page has none. */
    private final float footnotesTop;
    private final Set<TextPosition> marks;

    private FootnoteLayout(float footnotesTop, Set<TextPosition> marks) {
        this.footnotesTop = footnotesTop;
        this.marks = marks;
    }

    /** Reads the layout of one page from its characters, as the stripper holds them before writing the page. */
    static FootnoteLayout of(List<List<TextPosition>> articles) {
        List<TextPosition> all = new ArrayList<>();
        articles.forEach(all::addAll);
        List<Line> lines = lines(all);
        if (lines.size() < 2) {
            return new FootnoteLayout(Float.NaN, Set.of());
        }
        float body = dominantSize(all);
        Set<TextPosition> marks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Line line : lines) {
            float size = line.size();
            for (TextPosition p : line.characters) {
                if (isDigit(p) && p.getFontSizeInPt() <= MARK * size && line.baseline - p.getYDirAdj() >= RAISED * size) {
                    marks.add(p);
                }
            }
        }
        return new FootnoteLayout(footnotesTop(lines, body, marks), marks);
    }

    /** Whether a footnote block starts on the page and {@code firstOfLine} begins one of its lines. */
    boolean inFootnotes(TextPosition firstOfLine) {
        return !Float.isNaN(footnotesTop) && firstOfLine.getYDirAdj() >= footnotesTop - 0.5f;
    }

    /**
     * Writes the page's footnote marks as superscript digits ({@code ¹}) in {@code articles}, the stripper's characters
     * of the page, before it builds the lines (and reorders right-to-left words): the structure readers set
     * superscript digits apart from the text.
     */
    void markSuperscripts(List<List<TextPosition>> articles) {
        if (marks.isEmpty()) {
            return;
        }
        for (List<TextPosition> article : articles) {
            for (int i = 0; i < article.size(); i++) {
                TextPosition p = article.get(i);
                if (marks.contains(p)) {
                    article.set(i, superscript(p));
                }
            }
        }
    }

    private static TextPosition superscript(TextPosition digit) {
        float[] widths = digit.getIndividualWidths();
        String raised = String.valueOf(SUPERSCRIPT_DIGITS.charAt(digit.getUnicode().charAt(0) - '0'));
        return new TextPosition(digit.getRotation(), digit.getPageWidth(), digit.getPageHeight(), digit.getTextMatrix(),
                digit.getEndX(), digit.getEndY(), digit.getHeight(), widths.length == 0 ? digit.getWidth() : widths[0],
                digit.getWidthOfSpace(), raised, digit.getCharacterCodes(), digit.getFont(), digit.getFontSize(),
                (int) digit.getFontSizeInPt());
    }

    /**
     * The baseline of the first footnote line: going up from the foot of the page through the lines in small print,
     * the highest one that starts with a number (possibly a mark) or an asterisk. NaN when there is none, or when the
     * whole page is small print (nothing to set apart from).
     */
    private static float footnotesTop(List<Line> lines, float body, Set<TextPosition> marks) {
        float top = Float.NaN;
        int i = lines.size() - 1;
        for (; i >= 0 && lines.get(i).size() <= SMALL * body; i--) {
            if (lines.get(i).startsLikeFootnote()) {
                top = lines.get(i).baseline;
            }
        }
        return i < 0 ? Float.NaN : top;
    }

    /** The characters grouped in lines by baseline, top to bottom; a raised mark joins the line it stands in. */
    private static List<Line> lines(List<TextPosition> all) {
        List<TextPosition> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> Float.compare(a.getYDirAdj(), b.getYDirAdj()));
        List<Line> lines = new ArrayList<>();
        for (TextPosition p : sorted) {
            Line last = lines.isEmpty() ? null : lines.getLast();
            // A character belongs to the line above when its baseline falls within that line's height.
            if (last != null && p.getYDirAdj() - last.baseline <= 0.5f * Math.max(last.height, p.getHeightDir())) {
                last.add(p);
            } else {
                Line line = new Line();
                line.add(p);
                lines.add(line);
            }
        }
        // Raised marks stand above their line's baseline, so sorting by baseline puts them on a line of their own
        // just above it: they belong to the line below.
        for (int i = lines.size() - 2; i >= 0; i--) {
            Line marks = lines.get(i);
            Line below = lines.get(i + 1);
            if (marks.characters.stream().allMatch(c -> isDigit(c) || c.getUnicode().isBlank())
                    && below.baseline - marks.baseline <= below.height) {
                marks.characters.forEach(below::add);
                lines.remove(i);
            }
        }
        for (Line line : lines) {
            line.characters.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
        }
        return lines;
    }

    private static float dominantSize(List<TextPosition> characters) {
        Map<Float, Integer> counts = new HashMap<>();
        for (TextPosition p : characters) {
            if (!p.getUnicode().isBlank()) {
                counts.merge(rounded(p.getFontSizeInPt()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static float rounded(float size) {
        return Math.round(size * 2) / 2f;
    }

    private static boolean isDigit(TextPosition p) {
        String u = p.getUnicode();
        return u.length() == 1 && Character.isDigit(u.charAt(0));
    }

    /** One line of the page: its characters, baseline (the lowest, which raised marks stand above) and height. */
    private static final class Line {
        final List<TextPosition> characters = new ArrayList<>();
        float baseline = Float.NEGATIVE_INFINITY;
        float height;

        void add(TextPosition p) {
            characters.add(p);
            baseline = Math.max(baseline, p.getYDirAdj());
            height = Math.max(height, p.getHeightDir());
        }

        /** The size most of the line's characters are set in. */
        float size() {
            return dominantSize(characters);
        }

        /**
         * Whether the line starts with a number or an asterisk, at its left or (on a right-to-left page) at its right,
         * and has words after it: a number alone in small print at the foot of a page is the page's number.
         */
        boolean startsLikeFootnote() {
            List<TextPosition> inked = characters.stream().filter(p -> !p.getUnicode().isBlank()).toList();
            return !inked.isEmpty() && (numberOrAsterisk(inked.getFirst()) || numberOrAsterisk(inked.getLast()))
                    && inked.stream().anyMatch(p -> Character.isLetter(p.getUnicode().codePointAt(0)));
        }

        private static boolean numberOrAsterisk(TextPosition p) {
            String u = p.getUnicode();
            return Character.isDigit(u.codePointAt(0)) || u.startsWith("*");
        }
    }
}
