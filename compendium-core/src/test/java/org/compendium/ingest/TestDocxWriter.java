package org.compendium.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A test-only writer of paragraphs of text to a DOCX with Apache POI, one Word paragraph per string.
 *
 * <p>Control characters (tabs included) become spaces, since XML 1.0 cannot hold most of them and a tab would need
 * its own run element; {@link DocxTextReader} folds tabs into spaces anyway.
 */
final class TestDocxWriter {
    private TestDocxWriter() {
    }

    /** Writes each string as one paragraph. */
    static void write(List<String> paragraphs, Path out) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream stream = Files.newOutputStream(out)) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(asWritten(paragraph));
            }
            document.write(stream);
        }
    }

    /** Returns a paragraph as this writer stores it. */
    static String asWritten(String paragraph) {
        return paragraph.replaceAll("\\p{Cntrl}", " ");
    }
}
