package org.compendium.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A test-only renderer of lines of text to an A4 PDF in Helvetica (WinAnsi encoding), so that ingest tests can start
 * from a PDF whose text is known.
 *
 * <p>Each input line starts a new text line; a line wider than the page is wrapped at spaces onto continuation
 * lines (a single word wider than the page is cut); a new page starts when one is full. WinAnsi covers French
 * (é, à, ç, œ, ’, « », –), and a character it cannot encode is replaced by its compatibility decomposition when that
 * is encodable (superscript "⁴" becomes "4") and by "?" otherwise; tabs and other spaces become a plain space.
 * {@link #asDrawn(String)} returns a line as it is drawn, which is what a reader must give back.
 */
final class TestPdfWriter {
    static final float FONT_SIZE = 11;
    static final float LEADING = 14;
    static final float MARGIN = 56;
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private TestPdfWriter() {
    }

    /** Renders lines to an unprotected A4 PDF. */
    static void write(List<String> lines, Path out) throws IOException {
        try (PDDocument document = render(lines)) {
            document.save(out.toFile());
        }
    }

    /** Renders lines to an A4 PDF encrypted with a user password, which is needed to open it at all. */
    static void writeEncrypted(List<String> lines, Path out, String userPassword) throws IOException {
        try (PDDocument document = render(lines)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(out.toFile());
        }
    }

    /** Renders lines to an A4 PDF that opens without a password but whose owner forbids copying its text. */
    static void writeOwnerProtected(List<String> lines, Path out) throws IOException {
        try (PDDocument document = render(lines)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(out.toFile());
        }
    }

    /** The character that {@link #writeWithNulGlyph} draws as a glyph whose text is U+0000. */
    static final char NUL_GLYPH = '\u00A4';

    /**
     * Renders lines as {@link #write} does, except that the font's ToUnicode map gives each {@link #NUL_GLYPH} drawn
     * the text U+0000, as a PDF whose producer mapped a glyph to NUL does: its text layer then holds NUL characters.
     */
    static void writeWithNulGlyph(List<String> lines, Path out) throws IOException {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (PDDocument document = render(lines)) {
            document.save(plain);
        }
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toByteArray())) {
            String cmap = """
                    /CIDInit /ProcSet findresource begin
                    12 dict begin
                    begincmap
                    /CMapName /Nul-Glyph def
                    1 begincodespacerange <00> <FF> endcodespacerange
                    1 beginbfchar <%02X> <0000> endbfchar
                    endcmap
                    CMapName currentdict /CMap defineresource pop
                    end
                    end
                    """.formatted((int) NUL_GLYPH);
            for (PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.common.PDStream toUnicode = new org.apache.pdfbox.pdmodel.common.PDStream(document);
                    try (java.io.OutputStream os = toUnicode.createOutputStream()) {
                        os.write(cmap.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    page.getResources().getFont(name).getCOSObject()
                            .setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, toUnicode);
                }
            }
            document.save(out.toFile());
        }
    }

    /** Returns a line as this writer draws it: unencodable characters replaced, all whitespace a plain space. */
    static String asDrawn(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> out.append(drawable(cp)));
        return out.toString();
    }

    private static String drawable(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        String s = Character.toString(cp);
        if (encodable(s)) {
            return s;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder();
        decomposed.codePoints().mapToObj(Character::toString).filter(TestPdfWriter::encodable).forEach(kept::append);
        return kept.isEmpty() ? "?" : kept.toString();
    }

    private static boolean encodable(String s) {
        try {
            FONT.encode(s);
            return !Character.isISOControl(s.codePointAt(0));
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static PDDocument render(List<String> lines) throws IOException {
        PDDocument document = new PDDocument();
        PDRectangle a4 = PDRectangle.A4;
        float width = a4.getWidth() - 2 * MARGIN;
        int linesPerPage = (int) ((a4.getHeight() - 2 * MARGIN) / LEADING);
        List<String> drawn = new ArrayList<>();
        for (String line : lines) {
            drawn.addAll(wrap(asDrawn(line).strip(), width));
        }
        for (int first = 0; first < Math.max(drawn.size(), 1); first += linesPerPage) {
            PDPage page = new PDPage(a4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(FONT, FONT_SIZE);
                content.setLeading(LEADING);
                content.newLineAtOffset(MARGIN, a4.getHeight() - MARGIN);
                for (int i = first; i < Math.min(first + linesPerPage, drawn.size()); i++) {
                    content.showText(drawn.get(i));
                    content.newLine();
                }
                content.endText();
            }
        }
        return document;
    }

    /** Splits a line at spaces into pieces no wider than the given width. */
    private static List<String> wrap(String line, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(rest) > width) { // a single word wider than the page: cut it
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut)) > width) {
                    cut--;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (!current.isEmpty() || out.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private static float width(String text) throws IOException {
        return FONT.getStringWidth(text) / 1000 * FONT_SIZE;
    }
}
