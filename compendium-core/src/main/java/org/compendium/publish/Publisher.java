package org.compendium.publish;

import java.io.IOException;
import java.io.OutputStream;

/** Renders an edition in a format: the one place that maps each {@link PublishFormat} to its renderer. */
public final class Publisher {
    private Publisher() {
    }

    /** Writes {@code edition} as {@code format} to {@code out} (not closed). */
    public static void render(Edition edition, PublishFormat format, OutputStream out) throws IOException {
        switch (format) {
            case PublishFormat.Html h -> HtmlRenderer.write(edition, HtmlRenderer.Target.SCREEN, out);
            case PublishFormat.Pdf p -> PdfRenderer.write(edition, out);
            case PublishFormat.Docx d -> DocxRenderer.write(edition, out);
            case PublishFormat.Markdown m -> MarkdownRenderer.write(edition, out);
            case PublishFormat.Json j -> JsonRenderer.write(edition, out);
            case PublishFormat.Csv c -> CsvRenderer.write(edition, out);
        }
    }
}
