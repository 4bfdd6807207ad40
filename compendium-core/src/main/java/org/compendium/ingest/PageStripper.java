package org.compendium.ingest;

import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The PDFBox text stripper of {@link PdfTextReader}: before each page is written it gives lone Arabic marks back to
 * their letters ({@link ArabicMarks}) and reads the page's type sizes ({@link FootnoteLayout}); while writing, it
 * puts a rule line ({@code __________}, the shape the structure readers know) above the footnotes that the page drew
 * its rule for as a line, and writes footnote marks as superscript digits ({@code ¹}), which readers set apart
 * from the text, instead of digits glued to it. It can be narrowed to one column of a page ({@link #clip}).
 *
 * <p>A line's words — PDFBox's runs of glyphs parted by a gap wider than a space, such as a paragraph label set in a
 * hanging indent and its text — are written in reading order: PDFBox puts each run in logical order but keeps the
 * runs in page order, left to right, so a right-to-left line whose label stands at its right edge came out with the
 * label last ({@code … بين - 1}, {@code … تهريب (ب)}, {@code … المعلومات ف د 5}). A line most of whose letters are
 * of a right-to-left script has its runs written from right to left ({@code 1 - … بين}); other lines as PDFBox gives them.
 */
final class PageStripper extends PDFTextStripper {
    /** The rule written above a page's footnotes. */
    static final String FOOTNOTE_RULE = "__________";

    private float clipFrom = Float.NEGATIVE_INFINITY;
    private float clipTo = Float.POSITIVE_INFINITY;
    private FootnoteLayout layout;
    private boolean atLineStart;
    private boolean ruleWritten;
    /** The runs of the line being written, in page order, until its end says in which order to write them. */
    private final List<Run> line = new ArrayList<>();

    /** One run of glyphs of a line, as PDFBox gives it to {@link #writeString(String, List)}. */
    private record Run(String text, List<TextPosition> positions) {
    }

    /**
     * Reads from now on only the glyphs that start between {@code from} (inclusive) and {@code to} (exclusive) across
     * the page: one column of a two-column page ({@link PdfColumns}); infinite bounds read the whole page.
     */
    void clip(float from, float to) {
        clipFrom = from;
        clipTo = to;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        float x = text.getX();
        if (x >= clipFrom && x < clipTo) {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        atLineStart = true;
        ruleWritten = false;
    }

    @Override
    protected void writePage() throws IOException {
        for (List<TextPosition> article : charactersByArticle) {
            ArabicMarks.reattachLoneMarks(article);
            ArabicMarks.moveSpacesOffLetters(article);
        }
        layout = FootnoteLayout.of(charactersByArticle);
        layout.markSuperscripts(charactersByArticle);
        super.writePage();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        flushLine();
        super.writeLineSeparator();
        atLineStart = true;
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        flushLine();
        super.writeParagraphEnd();
    }

    @Override
    protected void endArticle() throws IOException {
        flushLine();
        super.endArticle();
    }

    @Override
    protected void writePageEnd() throws IOException {
        flushLine();
        super.writePageEnd();
    }

    /** PDFBox's separator between two runs of a line: written by {@link #flushLine} instead, between the runs in order. */
    @Override
    protected void writeWordSeparator() {
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.add(new Run(text, List.copyOf(positions)));
    }

    /** Writes the runs of the line held, right to left when the line is written so, then forgets them. */
    private void flushLine() throws IOException {
        if (line.isEmpty()) {
            return;
        }
        List<Run> runs = new ArrayList<>(line);
        line.clear();
        if (runs.size() > 1 && rightToLeft(runs)) {
            List<Run> reversed = new ArrayList<>(runs.size());
            for (Run run : runs.reversed()) {
                reversed.add(new Run(withoutLettersInReadingOrder(run.text()), run.positions()));
            }
            runs = reversed;
        }
        for (int i = 0; i < runs.size(); i++) {
            if (i > 0) {
                super.writeWordSeparator();
            }
            writeRun(runs.get(i));
        }
    }

    private void writeRun(Run run) throws IOException {
        List<TextPosition> positions = run.positions();
        if (atLineStart && !ruleWritten && layout != null && !positions.isEmpty() && layout.inFootnotes(positions.getFirst())) {
            output.write(FOOTNOTE_RULE);
            output.write(getLineSeparator());
            ruleWritten = true;
        }
        atLineStart = false;
        super.writeString(run.text(), positions);
    }

    /**
     * A run without letters (a label such as {@code 1 -}, a page number) read in a right-to-left line: PDFBox leaves
     * such a run in page order ({@code - 1}), having no letter to tell it its direction, so it is put in the order the
     * Unicode bidirectional algorithm gives it in a right-to-left paragraph (digits keep theirs: {@code 12 -}, {@code
     * 11/5}). A run with letters PDFBox has already ordered, and is returned as it is.
     */
    static String withoutLettersInReadingOrder(String run) {
        if (run.codePoints().anyMatch(Character::isLetter)) {
            return run;
        }
        Bidi bidi = new Bidi(run, Bidi.DIRECTION_RIGHT_TO_LEFT);
        if (bidi.isLeftToRight()) {
            return run;
        }
        int n = run.length();
        byte[] levels = new byte[n];
        Character[] chars = new Character[n];
        for (int i = 0; i < n; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
            chars[i] = run.charAt(i);
        }
        Bidi.reorderVisually(levels, 0, chars, 0, n);
        StringBuilder out = new StringBuilder(n);
        for (Character c : chars) {
            out.append(c.charValue());
        }
        return out.toString();
    }

    /** Whether most letters of the line's runs are of a right-to-left script. */
    private static boolean rightToLeft(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            text.append(run.text());
        }
        return PdfColumns.writtenRightToLeft(text.toString());
    }
}
