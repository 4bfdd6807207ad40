package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per shape of bad input: each must be rejected with the file name, the reason and advice. */
class SourceReaderRejectionTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = Files.write(dir.resolve("vide.txt"), new byte[0]);
        assertRejected(() -> reader.read(file), "vide.txt", "empty");
    }

    @Test
    void whitespaceOnlyFileIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("blanc.txt"), " \n\t\r\n  \n", StandardCharsets.UTF_8);
        assertRejected(() -> reader.read(file), "blanc.txt", "only whitespace");
    }

    @Test
    void binaryGarbageWithNulBytesIsRejected() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[100] = 0;
        Path file = Files.write(dir.resolve("garbage.txt"), garbage);
        assertRejected(() -> reader.read(file), "garbage.txt", "binary").hasMessageContaining("NUL byte");
    }

    @Test
    void textWithManyControlCharactersIsRejectedAsBinary() throws IOException {
        String controls = "rapport\u0001\u0002\u0003\u0004 du groupe\u0007\u0008\u001B de travail";
        Path file = Files.writeString(dir.resolve("controls.md"), controls, StandardCharsets.UTF_8);
        assertRejected(() -> reader.read(file), "controls.md", "binary").hasMessageContaining("7 of its 35 characters are control characters");
    }

    @Test
    void latin1FileIsRejectedNamingTheOffsetOfTheFirstBadByte() throws IOException {
        byte[] latin1 = "Rapport\nLa Conférence des Parties".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);
        assertRejected(() -> reader.read(file), "latin1.txt", "not valid UTF-8")
                .hasMessageContaining("0xE9 at byte offset 15, line 2")
                .hasMessageContaining("Re-save it as UTF-8");
    }

    @Test
    void fileOverTheSizeLimitIsRejectedFromItsSizeWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024);
        }
        long start = System.nanoTime();
        assertRejected(() -> reader.read(file), "huge.txt", "too large")
                .hasMessageContaining("104,857,600 bytes")
                .hasMessageContaining("67,108,864 bytes");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        Path file = Files.writeString(dir.resolve("small.txt"), "Décision 4/4 de la Conférence", StandardCharsets.UTF_8);
        SourceReader strict = new SourceReader(new ReadLimits(10));
        assertRejected(() -> strict.read(file), "small.txt", "too large").hasMessageContaining("limit is 10 bytes");
    }

    @Test
    void truncatedPdfIsRejected() throws IOException {
        Path whole = dir.resolve("whole.pdf");
        TestPdfWriter.write(List.of("Rapport du Groupe de travail", "1. Décide de poursuivre ses travaux"), whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("tronque.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertRejected(() -> reader.read(file), "tronque.pdf", "truncated").hasMessageContaining("Download or export");
    }

    @Test
    void damagedPdfIsRejected() throws IOException {
        byte[] bytes = "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("abime.pdf"), bytes);
        assertRejected(() -> reader.read(file), "abime.pdf", "the PDF");
    }

    @Test
    void passwordProtectedPdfIsRejected() throws IOException {
        Path file = dir.resolve("protege.pdf");
        TestPdfWriter.writeEncrypted(List.of("Texte confidentiel"), file, "secret");
        assertRejected(() -> reader.read(file), "protege.pdf", "password-protected")
                .hasMessageContaining("Save an unprotected copy");
    }

    @Test
    void pdfWithoutTextLayerIsRejectedAsNeedingOcr() throws IOException {
        Path file = dir.resolve("scan.pdf");
        TestPdfWriter.write(List.of(), file);
        assertRejected(() -> reader.read(file), "scan.pdf", "no extractable text (its only page has no text layer)")
                .hasMessageContaining("OCR");
    }

    @Test
    void corruptDocxIsRejected() throws IOException {
        Path whole = dir.resolve("whole.docx");
        TestDocxWriter.write(List.of("Rapport du Groupe de travail"), whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("abime.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRejected(() -> reader.read(file), "abime.docx", "damaged").hasMessageContaining("save it again");
    }

    @Test
    void docxThatIsNotAZipIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("faux.docx"), "plain text named .docx", StandardCharsets.UTF_8);
        assertRejected(() -> reader.read(file), "faux.docx", "damaged");
    }

    @Test
    void oleContainerNamedDocxIsRejectedAsProtectedOrLegacyWord() throws IOException {
        byte[] ole = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole, 0, 8);
        Arrays.fill(ole, 8, ole.length, (byte) 0x20);
        Path file = Files.write(dir.resolve("chiffre.docx"), ole);
        assertRejected(() -> reader.read(file), "chiffre.docx", "password-protected or an old Word 97-2003 document");
    }

    @Test
    void docxWithoutTextIsRejected() throws IOException {
        Path file = dir.resolve("vide.docx");
        TestDocxWriter.write(List.of("", "  "), file);
        assertRejected(() -> reader.read(file), "vide.docx", "contains no text");
    }

    @Test
    void unknownExtensionIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("rapport.odt"), "du texte", StandardCharsets.UTF_8);
        assertRejected(() -> reader.read(file), "rapport.odt", "unknown file format").hasMessageContaining(".docx");
    }

    @Test
    void directoryIsRejected() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("dossier.txt"));
        assertRejected(() -> reader.read(sub), "dossier.txt", "is a directory");
    }

    @Test
    void missingFileIsRejected() {
        assertRejected(() -> reader.read(dir.resolve("absent.pdf")), "absent.pdf", "does not exist");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable read, String name,
                                                                               String reason) {
        return assertThatThrownBy(read)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    RejectedInputException rejected = (RejectedInputException) e;
                    assertThat(rejected.source()).isEqualTo(name);
                    assertThat(rejected.reason()).contains(reason);
                    assertThat(rejected.advice()).isNotBlank();
                });
    }
}
