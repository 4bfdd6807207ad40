package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds random and randomly damaged files through {@link SourceReader}: whatever the bytes, it either reads them or
 * throws {@link RejectedInputException} naming the file; no other exception escapes. Seeded, so failures replay.
 */
class SourceReaderRandomInputTest {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".pdf", ".docx", "");

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesAreReadOrRejectedNeverThrownAtTheCaller(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = new byte[1 + random.nextInt(2048)];
        random.nextBytes(bytes);
        assertReadOrRejected(Files.write(dir.resolve("random" + seed + extension(random)), bytes));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedPdfIsReadOrRejectedNeverThrownAtTheCaller(long seed) throws IOException {
        Path pdf = dir.resolve("source.pdf");
        TestPdfWriter.write(List.of("La Conférence des Parties,", "1. Décide de poursuivre ses travaux ;"), pdf);
        assertReadOrRejected(Files.write(dir.resolve("damaged" + seed + ".pdf"), damage(Files.readAllBytes(pdf), seed)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void damagedDocxIsReadOrRejectedNeverThrownAtTheCaller(long seed) throws IOException {
        Path docx = dir.resolve("source.docx");
        TestDocxWriter.write(List.of("La Conférence des Parties,", "1. Décide de poursuivre ses travaux ;"), docx);
        assertReadOrRejected(Files.write(dir.resolve("damaged" + seed + ".docx"), damage(Files.readAllBytes(docx), seed)));
    }

    private static String extension(Random random) {
        return EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
    }

    /** Overwrites a few random bytes, sometimes in a run, as a bad download or disk would. */
    private static byte[] damage(byte[] bytes, long seed) {
        Random random = new Random(seed);
        byte[] copy = bytes.clone();
        int hits = 1 + random.nextInt(8);
        for (int i = 0; i < hits; i++) {
            int at = random.nextInt(copy.length);
            int length = Math.min(copy.length - at, 1 + random.nextInt(64));
            for (int j = at; j < at + length; j++) {
                copy[j] = (byte) random.nextInt(256);
            }
        }
        return copy;
    }

    private static void assertReadOrRejected(Path file) {
        String name = file.getFileName().toString();
        try {
            SourceText read = new SourceReader().read(file);
            assertThat(read.text()).isNotBlank();
            assertThat(read.name()).isEqualTo(name);
        } catch (RejectedInputException e) {
            assertThat(e.source()).isEqualTo(name);
            assertThat(e.getMessage()).startsWith(name + ": ");
            assertThat(e.advice()).isNotBlank();
        }
    }
}
