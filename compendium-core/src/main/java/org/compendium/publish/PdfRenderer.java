package org.compendium.publish;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes an edition as an A4 PDF: the HTML of {@link HtmlRenderer} (print target: page numbers in the contents through
 * {@code target-counter}) laid out by openhtmltopdf on PDFBox, with the {@link Fonts} embedded as subsets.
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
        String html = HtmlRenderer.render(e, HtmlRenderer.Target.PDF);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        for (Fonts.Face f : FACES) {
            b.useFont(f.file().toFile(), f.family(), f.weight(), f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        b.withHtmlContent(html, null);
        b.withProducer("Compendium");
        b.toStream(out);
        try {
            b.run();
        } catch (IOException | RuntimeException ex) {
            throw new IOException("could not lay out the PDF: " + ex.getMessage(), ex);
        }
    }
}
