package org.compendium.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A test-only renderer of lines of text in any of the six UN languages to an A4 PDF with PDFBox: Noto Sans for Latin
 * and Cyrillic, Noto Naskh Arabic, WenQuanYi Zen Hei for Chinese (Debian's fonts-noto-core and fonts-wqy-zenhei),
 * each character drawn in the first of them that has it. A right-to-left line is drawn in visual order (Java's
 * {@link Bidi}), unshaped, as a PDF producer without a shaping engine would draw it; a line wider than the page is
 * wrapped at spaces (Chinese anywhere), and a new page starts when one is full.
 */
public final class UnicodePdfWriter {
    static final float FONT_SIZE = 10;
    static final float LEADING = 14;
    static final float MARGIN = 50;
    private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    private static final Path ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private UnicodePdfWriter() {
    }

    /** Whether the fonts it draws with are installed ({@code .ci/install-deps} installs them). */
    public static boolean fontsPresent() {
        return Files.isRegularFile(NOTO.resolve("NotoSans-Regular.ttf")) && Files.isRegularFile(NOTO.resolve("NotoNaskhArabic-Regular.ttf"))
                && Files.isRegularFile(ZENHEI);
    }

    /** Renders lines to an A4 PDF. */
    public static void write(List<String> lines, Path out) throws IOException {
        try (PDDocument document = new PDDocument(); TrueTypeCollection cjk = new TrueTypeCollection(ZENHEI.toFile())) {
            TrueTypeFont zenhei = cjk.getFontByName("WenQuanYiZenHei");
            List<PDType0Font> fonts = List.of(
                    PDType0Font.load(document, NOTO.resolve("NotoSans-Regular.ttf").toFile()),
                    PDType0Font.load(document, NOTO.resolve("NotoNaskhArabic-Regular.ttf").toFile()),
                    PDType0Font.load(document, zenhei, true));
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                wrapped.addAll(wrap(line.replaceAll("\\s", " "), fonts, width));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < wrapped.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (String line : wrapped.subList(start, Math.min(wrapped.size(), start + perPage))) {
                        drawLine(content, fonts, visual(line), MARGIN, y);
                        y -= LEADING;
                    }
                }
            }
            if (wrapped.isEmpty()) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.save(out.toFile());
        }
    }

    /**
     * Renders lines to A4 pages in two columns with a gutter of 24 points, each column filled top to bottom, the left
     * one first; with {@code spanning}, the first line is drawn across both columns at the top of the first page, as a
     * title would be.
     */
    public static void writeTwoColumns(List<String> lines, Path out, boolean spanning) throws IOException {
        try (PDDocument document = new PDDocument(); TrueTypeCollection cjk = new TrueTypeCollection(ZENHEI.toFile())) {
            List<PDType0Font> fonts = List.of(
                    PDType0Font.load(document, NOTO.resolve("NotoSans-Regular.ttf").toFile()),
                    PDType0Font.load(document, NOTO.resolve("NotoNaskhArabic-Regular.ttf").toFile()),
                    PDType0Font.load(document, cjk.getFontByName("WenQuanYiZenHei"), true));
            float gutter = 24;
            float columnWidth = (PDRectangle.A4.getWidth() - 2 * MARGIN - gutter) / 2;
            List<String> body = spanning ? lines.subList(1, lines.size()) : lines;
            List<String> wrapped = new ArrayList<>();
            for (String line : body) {
                wrapped.addAll(wrap(line.replaceAll("\\s", " "), fonts, columnWidth));
            }
            int perColumn = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING) - (spanning ? 2 : 0);
            int i = 0;
            boolean first = true;
            while (i < wrapped.size() || first) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float top = PDRectangle.A4.getHeight() - MARGIN;
                    if (spanning && first) {
                        drawLine(content, fonts, lines.getFirst(), MARGIN, top);
                        top -= 2 * LEADING;
                    }
                    for (int column = 0; column < 2; column++) {
                        float x = MARGIN + column * (columnWidth + gutter);
                        float y = top;
                        for (int n = 0; n < perColumn && i < wrapped.size(); n++, i++) {
                            drawLine(content, fonts, visual(wrapped.get(i)), x, y);
                            y -= LEADING;
                        }
                    }
                }
                first = false;
            }
            document.save(out.toFile());
        }
    }

    /** The line in display order: right-to-left runs reversed, as they appear on the page from left to right. */
    static String visual(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] texts = new Object[runs];
        for (int i = 0; i < runs; i++) {
            int level = bidi.getRunLevel(i);
            levels[i] = (byte) level;
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = level % 2 == 1 ? mirrorReversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        StringBuilder sb = new StringBuilder();
        for (Object t : texts) {
            sb.append(t);
        }
        return sb.toString();
    }

    private static String mirrorReversed(String run) {
        StringBuilder sb = new StringBuilder();
        for (int i = run.length() - 1; i >= 0; i--) {
            char c = run.charAt(i);
            sb.append(switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '[' -> ']';
                case ']' -> '[';
                case '«' -> '»';
                case '»' -> '«';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static void drawLine(PDPageContentStream content, List<PDType0Font> fonts, String line, float x, float y) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        int i = 0;
        while (i < line.length()) {
            PDType0Font font = fontFor(fonts, line.codePointAt(i));
            int j = i;
            while (j < line.length() && fontFor(fonts, line.codePointAt(j)) == font) {
                j += Character.charCount(line.codePointAt(j));
            }
            content.setFont(font, FONT_SIZE);
            content.showText(line.substring(i, j));
            i = j;
        }
        content.endText();
    }

    private static PDType0Font fontFor(List<PDType0Font> fonts, int codePoint) {
        String c = Character.toString(codePoint);
        for (PDType0Font f : fonts) {
            try {
                f.encode(c);
                return f;
            } catch (IOException | IllegalArgumentException noGlyph) {
                // try the next font
            }
        }
        return fonts.getFirst();
    }

    private static float width(List<PDType0Font> fonts, String text) throws IOException {
        float w = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            String c = new String(Character.toChars(text.codePointAt(i)));
            w += fontFor(fonts, text.codePointAt(i)).getStringWidth(c) / 1000 * FONT_SIZE;
        }
        return w;
    }

    private static List<String> wrap(String line, List<PDType0Font> fonts, float max) throws IOException {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (width(fonts, rest) > max) {
            int cut = rest.length();
            while (cut > 1 && width(fonts, rest.substring(0, cut)) > max) {
                cut--;
            }
            int space = rest.lastIndexOf(' ', cut);
            if (space > 0) {
                cut = space;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
