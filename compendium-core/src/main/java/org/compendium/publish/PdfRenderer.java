package org.compendium.publish;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes an edition as an A4 PDF: the HTML of {@link HtmlRenderer} (print target: page numbers in the contents through
 * {@code target-counter}, an outline from its {@code <bookmarks>}) laid out by openhtmltopdf on PDFBox, with the
 * {@link Fonts} embedded as subsets.
 *
 * <p>Tagged for accessibility (PDF/UA: openhtmltopdf's structure tree, H1–H4, P, Table/TR/TH/TD, L/LI, marked content,
 * the document language from {@code <html lang>}, the title from {@code <title>} shown as the window title).
 * Every script is laid out by ICU4J: bidirectional runs split and reordered ({@link ICUBidiSplitter},
 * {@link ICUBidiReorderer}), Arabic shaped into its contextual forms ({@code ArabicShaping}) — PDFBox itself neither
 * shapes nor reorders — Arabic editions set right to left, and lines broken by ICU's {@code BreakIterator} for the
 * edition's locale (Chinese breaks between ideographs, never before a closing punctuation mark).
 */
final class PdfRenderer {
    private static final List<Fonts.Face> FACES = Fonts.faces();

    static {
        // openhtmltopdf logs every stage at INFO on stderr; a command's output must stay clean.
        XRLog.setLoggingEnabled(false);
    }

    private PdfRenderer() {
    }

    static void write(Edition e, OutputStream out) throws IOException {
        EditionTexts texts = e.texts();
        String html = HtmlRenderer.render(e, HtmlRenderer.Target.PDF);
        java.util.Map<java.nio.file.Path, TrueTypeCollection> collections = new java.util.HashMap<>();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.usePdfUaAccessibility(true);
            for (Fonts.Face f : FACES) {
                FontStyle style = f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
                if (f.member() == null) {
                    b.useFont(f.file().toFile(), f.family(), f.weight(), style, true);
                } else if (f.family().equals(Fonts.CJK) && texts.language() == org.compendium.model.Language.CHINESE) {
                    // A collection's member is loaded by hand: openhtmltopdf reads single font files only.
                    TrueTypeCollection c = collections.get(f.file());
                    if (c == null) {
                        c = new TrueTypeCollection(f.file().toFile());
                        collections.put(f.file(), c);
                    }
                    TrueTypeFont font = c.getFontByName(f.member());
                    if (font != null) {
                        b.useFont(new PDFontSupplier(PDType0Font.load(doc, font, true)), f.family(), f.weight(), style, true);
                    }
                }
            }
            b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            b.useUnicodeBidiReorderer(new ICUBidiReorderer());
            b.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(texts.locale()));
            b.defaultTextDirection(texts.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
            b.withHtmlContent(html, null);
            b.withProducer("Compendium");
            b.toStream(out);
            try {
                b.run();
            } catch (IOException | RuntimeException ex) {
                throw new IOException("could not lay out the PDF: " + ex.getMessage(), ex);
            }
        } finally {
            for (TrueTypeCollection c : collections.values()) {
                c.close();
            }
        }
    }
}
