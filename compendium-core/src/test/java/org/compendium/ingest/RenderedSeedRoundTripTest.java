package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.compendium.model.SourceFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the non-blank lines of a French seed document to PDF and DOCX with the test writers, reads them back with
 * {@link SourceReader}, and checks that the words come back unchanged and in order. The end-to-end tests that compare
 * parsed provisions across formats depend on this.
 */
class RenderedSeedRoundTripTest {
    private static final String SEED = "000_84732732ac127982.txt";
    private static List<String> lines;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSeed() throws IOException {
        Path seed = Path.of(System.getProperty("compendium.corpus", "../../shared/corpus/fr")).resolve(SEED);
        assumeTrue(Files.isRegularFile(seed), "seed corpus not found at " + seed);
        lines = Files.readAllLines(seed, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }

    @Test
    void pdfRenderedFromSeedReadsBackWithTheSameWordsInOrder() throws Exception {
        Path pdf = dir.resolve("seed.pdf");
        TestPdfWriter.write(lines, pdf);

        SourceText read = new SourceReader().read(pdf);

        List<String> drawn = lines.stream().map(TestPdfWriter::asDrawn).toList();
        assertThat(read.format()).isEqualTo(SourceFormat.PDF);
        assertThat(words(read.text().replace('\f', ' '))).containsExactlyElementsOf(words(String.join("\n", drawn)));
        assertThat(read.text()).contains("\f");
    }

    @Test
    void pdfFontFallbackChangesFewWordsOfTheSeed() {
        List<String> original = words(String.join("\n", lines));
        List<String> drawn = words(String.join("\n", lines.stream().map(TestPdfWriter::asDrawn).toList()));
        assertThat(drawn).hasSameSizeAs(original);
        long changed = java.util.stream.IntStream.range(0, original.size())
                .filter(i -> !original.get(i).equals(drawn.get(i))).count();
        // Only superscript footnote digits (⁴ → 4) lack a WinAnsi glyph in this seed.
        assertThat(changed).isLessThan(original.size() / 100);
    }

    @Test
    void docxRenderedFromSeedReadsBackWithTheSameWordsInOrder() throws Exception {
        Path docx = dir.resolve("seed.docx");
        TestDocxWriter.write(lines, docx);

        SourceText read = new SourceReader().read(docx);

        assertThat(read.format()).isEqualTo(SourceFormat.DOCX);
        assertThat(words(read.text())).containsExactlyElementsOf(words(String.join("\n", lines)));
        assertThat(read.text().split("\n\n")).hasSize(lines.size());
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("[\\s\\u00A0\\u202F]+")).filter(w -> !w.isEmpty()).toList();
    }
}
