package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;

/**
 * A PDF whose text layer holds NUL characters (a glyph mapped to U+0000) is ingested on both stores: the NULs are
 * removed at one place, the document is the one the same PDF without them gives, and a warning says what was removed.
 * PostgreSQL refuses a NUL in a text column, so before this the save failed there while H2 kept the NULs.
 */
class UnstorableCharactersTest extends BothStores {
    private final SourceReader reader = new SourceReader();
    private final DocumentParser parser = new DocumentParser();

    @Test
    void nulCharactersFromAPdfAreRemovedWithAWarningAndTheDocumentIsStoredWhole() throws Exception {
        List<String> lines = LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH).lines().toList();
        // A NUL glyph inside three words, as a broken font map leaves them.
        List<String> withNuls = lines.stream().map(l -> l.replace("Urges", "Ur" + TestPdfWriter.NUL_GLYPH + "ges")
                .replace("Protocol", "Proto" + TestPdfWriter.NUL_GLYPH + "col")).toList();
        Path clean = dir.resolve("clean.pdf");
        Path broken = dir.resolve("broken.pdf");
        TestPdfWriter.write(lines, clean);
        TestPdfWriter.writeWithNulGlyph(withNuls, broken);
        int drawn = (int) String.join("\n", withNuls).chars().filter(c -> c == TestPdfWriter.NUL_GLYPH).count();
        assertThat(drawn).isGreaterThan(2);
        assertThat(new PdfTextReader().extract("broken.pdf", java.nio.file.Files.readAllBytes(broken)).chars()
                .filter(c -> c == 0).count()).as("NULs in the PDF's text layer").isEqualTo(drawn);

        ParsedDocument expected = parser.parse(reader.read(clean));
        SourceText read = reader.read(broken);
        assertThat(read.text()).doesNotContain("\u0000");
        assertThat(read.notes()).containsExactly(StorableText.of("a\u0000".repeat(drawn)).note().orElseThrow());
        ParsedDocument parsed = parser.parse(read);
        try (DocumentStore store = open()) {
            store.save(parsed);
            ParsedDocument back = store.findBySource("broken.pdf").orElseThrow();
            assertThat(back.provisions()).extracting(Provision::text)
                    .containsExactlyElementsOf(expected.provisions().stream().map(Provision::text).toList());
            assertThat(back.provisions()).hasSize(expected.provisions().size()).isNotEmpty();
            assertThat(back.warnings()).contains("removed " + drawn + " NUL characters (U+0000) that the extracted text "
                    + "held and a store cannot keep; if words look broken around them, check the file's fonts or export it again");
        }
    }
}
