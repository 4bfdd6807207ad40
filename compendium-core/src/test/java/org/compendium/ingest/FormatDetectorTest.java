package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.compendium.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link FormatDetector} decides: content signatures first, then the extension. */
class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "a.txt, TEXT", "A.TXT, TEXT", "a.text, TEXT", "a.md, MARKDOWN", "a.Markdown, MARKDOWN",
            "a.pdf, PDF", "a.docx, DOCX", "archive.tar.md, MARKDOWN", "a.doc, ", "a.odt, ", "README, ", "a., "
    })
    void extensionDecidesWhenContentHasNoSignature(String name, SourceFormat expected) {
        assertThat(detector.detect(name, "plain text".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void pdfSignatureWinsOverTheExtension() {
        assertThat(detector.detect("a.docx", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(SourceFormat.PDF);
    }

    @Test
    void pdfSignatureIsFoundAfterLeadingJunk() {
        assertThat(detector.detect("x", "\r\n  %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains(SourceFormat.PDF);
    }

    @Test
    void zipWithWordDocumentPartIsDocxWhateverItsExtension() throws IOException {
        assertThat(detector.detect("a.txt", zip("word/document.xml"))).contains(SourceFormat.DOCX);
    }

    @Test
    void zipWithoutWordDocumentPartFallsBackToTheExtension() throws IOException {
        assertThat(detector.detect("a.xlsx", zip("xl/workbook.xml"))).isEmpty();
        assertThat(detector.detect("a.docx", zip("xl/workbook.xml"))).contains(SourceFormat.DOCX);
    }

    @Test
    void tinyFilesAreDetectedWithoutError() {
        assertThat(detector.detect("a.txt", new byte[] {'%'})).contains(SourceFormat.TEXT);
        assertThat(detector.detect("a", new byte[0])).isEmpty();
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
