package org.compendium.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * An extractor of the text of a Word (DOCX) file with Apache POI.
 *
 * <p>Output shape: the body's paragraphs and tables in document order, one line per paragraph and a blank line
 * between paragraphs; empty paragraphs are skipped. A numbered list paragraph starts with its number label and a
 * space ("3. Prie ...", see {@link DocxListNumbering} for the limits). A table row is one paragraph, its cells
 * separated by a tab and the paragraphs inside a cell by a space. Footnotes follow the body after a line
 * {@value #FOOTNOTE_RULE}, one paragraph each, starting with the footnote's id in superscript digits and a space
 * ("¹ Résolution 55/25 ..."); in the body, a footnote reference is the same superscript number ("organisée¹"), as in
 * the plain-text exports of UN documents. The id is the number Word shows unless footnotes were deleted and not
 * renumbered. Endnotes are not read. Headers, footers, comments and text boxes are not read. The text ends
 * with a line feed.
 *
 * <p>Tracked changes are read as if accepted: inserted text ({@code w:ins}) is kept, deleted text ({@code w:del},
 * whose runs hold {@code w:delText}) never enters the text; {@link #extract(String, byte[], List)} notes how many of
 * each it met.
 */
public final class DocxTextReader {
    /** The line that separates the body from the footnotes, as in the plain-text exports of UN documents. */
    public static final String FOOTNOTE_RULE = "__________";
    private static final Pattern POI_FOOTNOTE_MARKER = Pattern.compile("\\[footnoteRef:(-?\\d+)\\]");
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /**
     * Extracts the text of a DOCX.
     *
     * @param name  the file name, for messages
     * @param bytes the whole file content
     * @return the text, paragraphs separated by blank lines
     * @throws RejectedInputException if the file is not a readable DOCX or holds no text
     */
    public String extract(String name, byte[] bytes) throws RejectedInputException {
        return extract(name, bytes, new ArrayList<>());
    }

    /**
     * Extracts the text of a DOCX, adding to {@code notes} what the reader did beyond reading text (tracked changes
     * read as accepted).
     */
    public String extract(String name, byte[] bytes, List<String> notes) throws RejectedInputException {
        if (startsWith(bytes, OLE2_MAGIC)) {
            // Word stores a password-protected .docx in the old OLE2 container, like a Word 97-2003 .doc.
            throw new RejectedInputException(name,
                    "the file is not a DOCX package: it is password-protected or an old Word 97-2003 document",
                    "Open it in Word and save an unprotected copy as .docx (Word Document)");
        }
        List<String> paragraphs = new ArrayList<>();
        TrackedChanges changes = new TrackedChanges();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            changes.count(document);
            DocxListNumbering numbering = new DocxListNumbering(document.getNumbering());
            for (IBodyElement element : document.getBodyElements()) {
                addElement(element, numbering, paragraphs);
            }
            List<String> footnotes = footnotes(document);
            if (!footnotes.isEmpty()) {
                paragraphs.add(FOOTNOTE_RULE);
                paragraphs.addAll(footnotes);
            }
        } catch (IOException | RuntimeException e) {
            // POI reports broken zips and XML with IOException or assorted runtime exceptions; all mean "damaged".
            throw new RejectedInputException(name, "the DOCX is damaged and cannot be read (" + describe(e) + ")",
                    "Open it in Word and save it again as .docx, or give the document as .pdf or .txt", e);
        }
        changes.describe().ifPresent(notes::add);
        if (paragraphs.isEmpty()) {
            throw new RejectedInputException(name, "the DOCX contains no text",
                    "Check that this is the right file; text in headers, footers and text boxes is not read");
        }
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static void addElement(IBodyElement element, DocxListNumbering numbering, List<String> out) {
        if (element instanceof XWPFParagraph paragraph) {
            String label = numbering.next(paragraph);
            String text = oneLine(paragraphText(paragraph));
            if (!text.isBlank()) {
                out.add(label.isEmpty() ? text : label + " " + text);
            }
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(oneLine(cell.getTextRecursively()));
                }
                String line = String.join("\t", cells);
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        }
        // Other body elements (content controls) carry no running text in UN documents.
    }

    private static List<String> footnotes(XWPFDocument document) {
        List<String> out = new ArrayList<>();
        for (XWPFFootnote footnote : document.getFootnotes()) {
            STFtnEdn.Enum type = footnote.getCTFtnEdn().getType();
            if (type != null && type != STFtnEdn.NORMAL) {
                continue; // separator and continuation-separator pseudo-footnotes
            }
            List<String> parts = new ArrayList<>();
            for (XWPFParagraph paragraph : footnote.getParagraphs()) {
                String text = oneLine(paragraphText(paragraph));
                if (!text.isBlank()) {
                    parts.add(text);
                }
            }
            if (!parts.isEmpty()) {
                out.add(superscript(footnote.getId().toString()) + " " + String.join(" ", parts));
            }
        }
        return out;
    }

    /**
     * Returns a paragraph's text with footnote references as superscript digits ("organisée¹²"), the convention of
     * the plain-text exports; POI's own {@code getText()} inlines "[footnoteRef:12]" and the whole footnote instead.
     */
    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                out.append(runText(run));
            } else if (element instanceof XWPFSDT contentControl) {
                out.append(contentControl.getContent().getText());
            }
        }
        return out.toString();
    }

    /**
     * Returns a run's text; POI writes a footnote reference in it as "[footnoteRef:12]", which becomes "¹²". A run of
     * a tracked deletion (its text in {@code w:delText}) gives nothing: the document is read as accepted.
     */
    private static String runText(XWPFRun run) {
        if (run.getCTR().sizeOfDelTextArray() > 0) {
            return "";
        }
        String text = run.text();
        List<CTFtnEdnRef> references = run.getCTR().getFootnoteReferenceList();
        if (references.isEmpty()) {
            return text;
        }
        Matcher marker = POI_FOOTNOTE_MARKER.matcher(text);
        if (marker.find()) {
            return marker.replaceAll(match -> superscript(match.group(1)));
        }
        // A POI version that leaves the marker out: append the numbers where Word shows them, after the run's text.
        StringBuilder out = new StringBuilder(text);
        references.forEach(reference -> out.append(superscript(reference.getId().toString())));
        return out.toString();
    }

    /** Writes the digits of a footnote number as Unicode superscripts. */
    static String superscript(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    /** Folds a paragraph's soft line breaks, tabs and page breaks into spaces: one paragraph is one line. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\f\\u000B]+", " ").strip();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A short description of a library's exception for a message; some carry no message of their own. */
    private static String describe(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
