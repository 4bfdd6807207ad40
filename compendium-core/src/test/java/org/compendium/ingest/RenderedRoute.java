package org.compendium.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Public access to the package-private test renderers, for golden tests in other packages that compare what the
 * parser reads from a rendered PDF or DOCX with what it reads from the text itself.
 */
public final class RenderedRoute {
    private RenderedRoute() {
    }

    /** Renders lines to a PDF with {@link TestPdfWriter#write}. */
    public static void writePdf(List<String> lines, Path out) throws IOException {
        TestPdfWriter.write(lines, out);
    }

    /** Writes one DOCX paragraph per string with {@link TestDocxWriter#write}. */
    public static void writeDocx(List<String> paragraphs, Path out) throws IOException {
        TestDocxWriter.write(paragraphs, out);
    }

    /** A line as {@link TestPdfWriter} draws it (font fallback applied, whitespace made plain spaces). */
    public static String asDrawn(String line) {
        return TestPdfWriter.asDrawn(line);
    }
}
