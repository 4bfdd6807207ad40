package org.compendium.ingest;

import java.io.IOException;
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
 */
final class PageStripper extends PDFTextStripper {
    /** The rule written above a page's footnotes. */
    static final String FOOTNOTE_RULE = "__________";

    private float clipFrom = Float.NEGATIVE_INFINITY;
    private float clipTo = Float.POSITIVE_INFINITY;
    private FootnoteLayout layout;
    private boolean atLineStart;
    private boolean ruleWritten;

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
        super.writeLineSeparator();
        atLineStart = true;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (atLineStart && !ruleWritten && layout != null && !positions.isEmpty() && layout.inFootnotes(positions.getFirst())) {
            output.write(FOOTNOTE_RULE);
            output.write(getLineSeparator());
            ruleWritten = true;
        }
        atLineStart = false;
        super.writeString(text, positions);
    }
}
