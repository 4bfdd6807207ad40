package org.compendium.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * An extractor of the text of a PDF file with Apache PDFBox, page by page.
 *
 * <p>Output shape, which later stages rely on to recognise page furniture (running headers, footers, page numbers):
 * <ul>
 *   <li>each text line of a page becomes one line ending in {@code \n}, in visual order (top to bottom, left to right);
 *   <li>pages are separated by a form feed {@code \f}: the text is {@code page1 \f page2 \f ... pageN}, with no form
 *       feed after the last page, so splitting on {@code \f} yields exactly one string per page (possibly empty for a
 *       page without text, e.g. a blank or scanned page);
 *   <li>no blank lines are inserted between paragraphs; the vertical gaps of the page are not represented.
 * </ul>
 *
 * <p>A page in two columns is read column by column, left first ({@link PdfColumns}); one whose columns some lines
 * cross is refused, its reading order being uncertain. Refuses PDFs that need a password to open, damaged and truncated files, and PDFs without a text layer (scans).
 * A PDF encrypted only with an owner password opens without one and is read, whatever copy restriction it declares.
 * PDFBox repairs some damage silently (it rebuilds a broken cross-reference table), so a damaged PDF may be read
 * rather than rejected; only a missing end marker, a load failure, no pages or no text are detected.
 */
public final class PdfTextReader {
    /** PDF readers look for the end-of-file marker within the last 1024 bytes; without it the file was cut short. */
    private static final int EOF_MARKER_WINDOW = 1024;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /**
     * Extracts the text of a PDF.
     *
     * @param name  the file name, for messages
     * @param bytes the whole file content
     * @return the text, pages separated by {@code \f}
     * @throws RejectedInputException if the PDF is truncated, damaged, password-protected or has no extractable text
     */
    public String extract(String name, byte[] bytes) throws RejectedInputException {
        if (!hasEofMarkerNearEnd(bytes)) {
            // PDFBox would often still open such a file by brute-force parsing, silently losing the missing pages.
            throw new RejectedInputException(name,
                    "the PDF is truncated (no %%EOF end marker in its last " + EOF_MARKER_WINDOW + " bytes)",
                    "Download or export the PDF again and check that the copy is complete");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new RejectedInputException(name, "the PDF is damaged: it has no pages",
                        "Download or export the PDF again, or give the document as .docx or .txt");
            }
            String text = RightToLeftNumberLines.repair(RightToLeftBrackets.repair(normalise(text(name, document))));
            if (text.isBlank()) {
                throw new RejectedInputException(name, "the PDF has no extractable text ("
                        + (pages == 1 ? "its only page has no" : "none of its " + pages + " pages has a") + " text layer)",
                        "A scanned PDF needs OCR first; run it through OCR, or give the original .docx or .txt");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new RejectedInputException(name, "the PDF is password-protected",
                    "Save an unprotected copy (open it with the password, then print or export to a new PDF)", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox signals malformed input with assorted runtime exceptions as well as IOException; all mean "damaged".
            throw new RejectedInputException(name, "the PDF is damaged and cannot be read (" + describe(e) + ")",
                    "Download or export the PDF again, or give the document as .docx or .txt", e);
        }
    }

    /**
     * The text of every page: a page laid out in two columns ({@link PdfColumns}) is read column by column, in the
     * order its writing direction gives; a page
     * whose columns some lines cross is refused, since no reading order can be trusted there.
     */
    private static String text(String name, PDDocument document) throws IOException, RejectedInputException {
        List<PdfColumns.Layout> layouts = PdfColumns.layouts(document);
        for (PdfColumns.Layout layout : layouts) {
            if (layout.untrusted()) {
                throw new RejectedInputException(name, "page " + layout.page() + " is laid out in two columns that "
                        + layout.crossingLines() + (layout.crossingLines() == 1 ? " line crosses" : " lines cross")
                        + ", so the order in which its text is read cannot be trusted",
                        "Give the document as .docx, or as a PDF in one column");
            }
        }
        PageStripper stripper = stripper();
        if (layouts.stream().noneMatch(PdfColumns.Layout::twoColumns)) {
            return stripper.getText(document);
        }
        StringBuilder out = new StringBuilder();
        for (PdfColumns.Layout layout : layouts) {
            if (layout.twoColumns()) {
                out.append(PdfColumns.columnText(document, layout, stripper)).append('\f');
            } else {
                stripper.setStartPage(layout.page());
                stripper.setEndPage(layout.page());
                out.append(stripper.getText(document));
            }
        }
        return out.toString();
    }

    private static PageStripper stripper() {
        PageStripper stripper = new PageStripper();
        // Explicit separators: the defaults follow the platform's line separator.
        stripper.setLineSeparator("\n");
        stripper.setWordSeparator(" ");
        stripper.setPageStart("");
        stripper.setPageEnd("\f");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("");
        // Visual order puts running headers first and footers last on each page, whatever the content stream order.
        stripper.setSortByPosition(true);
        stripper.setAddMoreFormatting(false);
        return stripper;
    }

    /** Ends every page's last line with {@code \n} and drops the form feed after the last page. */
    private static String normalise(String text) {
        String withoutLastFeed = text.endsWith("\f") ? text.substring(0, text.length() - 1) : text;
        String[] pages = withoutLastFeed.split("\f", -1);
        StringBuilder out = new StringBuilder(text.length() + pages.length);
        for (int i = 0; i < pages.length; i++) {
            if (i > 0) {
                out.append('\f');
            }
            String page = pages[i];
            out.append(page);
            if (!page.isEmpty() && !page.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean hasEofMarkerNearEnd(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_MARKER_WINDOW);
        outer:
        for (int i = bytes.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (bytes[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A short description of a library's exception for a message; some carry no message of their own. */
    private static String describe(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
