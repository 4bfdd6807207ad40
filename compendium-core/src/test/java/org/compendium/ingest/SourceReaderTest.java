package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.compendium.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SourceReader} gives back for good input of each format. */
class SourceReaderTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void utf8TextIsReadExactlyWithDigestAndSizeOfTheBytes() throws Exception {
        String text = "Résolution 7/1\r\nLa Conférence des Parties, « considérant » l’œuvre…\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("resolution.txt"), bytes);

        SourceText read = reader.read(file);

        assertThat(read.name()).isEqualTo("resolution.txt");
        assertThat(read.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(read.text()).isEqualTo(text);
        assertThat(read.byteLength()).isEqualTo(bytes.length);
        assertThat(read.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void leadingByteOrderMarkIsDroppedSoOffsetsCountFromTheFirstCharacter() throws Exception {
        byte[] bytes = "\uFEFFDécision 4/4".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("bom.txt"), bytes);

        SourceText read = reader.read(file);

        assertThat(read.text()).isEqualTo("Décision 4/4");
        assertThat(read.byteLength()).isEqualTo(bytes.length);
    }

    @Test
    void markdownIsRecognisedByBothExtensions() throws Exception {
        Path md = Files.writeString(dir.resolve("notes.md"), "# Rapport\n\n1. Texte\n", StandardCharsets.UTF_8);
        Path markdown = Files.writeString(dir.resolve("notes.MARKDOWN"), "# Rapport\n", StandardCharsets.UTF_8);

        assertThat(reader.read(md).format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(reader.read(md).text()).isEqualTo("# Rapport\n\n1. Texte\n");
        assertThat(reader.read(markdown).format()).isEqualTo(SourceFormat.MARKDOWN);
    }

    @Test
    void pdfLinesEndInLineFeedsAndPagesAreSeparatedByFormFeeds() throws Exception {
        int perPage = (int) ((842 - 2 * TestPdfWriter.MARGIN) / TestPdfWriter.LEADING);
        List<String> lines = IntStream.rangeClosed(1, perPage + 2).mapToObj(i -> "Ligne " + i + " de la résolution").toList();
        Path file = dir.resolve("deux-pages.pdf");
        TestPdfWriter.write(lines, file);

        SourceText read = reader.read(file);

        String page1 = String.join("\n", lines.subList(0, perPage)) + "\n";
        String page2 = String.join("\n", lines.subList(perPage, lines.size())) + "\n";
        assertThat(read.format()).isEqualTo(SourceFormat.PDF);
        assertThat(read.text()).isEqualTo(page1 + "\f" + page2);
        assertThat(read.byteLength()).isEqualTo(Files.size(file));
    }

    @Test
    void pdfIsRecognisedByItsContentWhateverItsExtension() throws Exception {
        Path file = dir.resolve("mal-nomme.txt");
        TestPdfWriter.write(List.of("La Conférence des Parties"), file);

        SourceText read = reader.read(file);

        assertThat(read.format()).isEqualTo(SourceFormat.PDF);
        assertThat(read.text()).isEqualTo("La Conférence des Parties\n");
    }

    @Test
    void pdfEncryptedOnlyWithAnOwnerPasswordIsReadDespiteItsCopyRestriction() throws Exception {
        // Such a PDF opens in any viewer; the copy restriction is advisory and PDFBox ignores it when extracting text.
        Path file = dir.resolve("restreint.pdf");
        TestPdfWriter.writeOwnerProtected(List.of("Texte public"), file);

        assertThat(reader.read(file).text()).isEqualTo("Texte public\n");
    }

    @Test
    void docxParagraphsAreLinesSeparatedByBlankLines() throws Exception {
        Path file = dir.resolve("rapport.docx");
        TestDocxWriter.write(List.of("I. Introduction", "", "1. Dans sa décision 4/4, la Conférence…"), file);

        SourceText read = reader.read(file);

        assertThat(read.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(read.text()).isEqualTo("I. Introduction\n\n1. Dans sa décision 4/4, la Conférence…\n");
    }

    @Test
    void docxIsRecognisedByItsContentWithoutExtension() throws Exception {
        Path file = dir.resolve("telechargement");
        TestDocxWriter.write(List.of("Texte"), file);

        assertThat(reader.read(file).format()).isEqualTo(SourceFormat.DOCX);
    }
}
