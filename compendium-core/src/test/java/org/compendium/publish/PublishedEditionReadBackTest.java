package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own published editions, read back: the PDF and DOCX of the WG.7 compendium (meetings and sessions 1–6)
 * are ingested like any user's file and parsed; how many of the stored compendium's provisions come back with the
 * same citation is recorded ({@code parse.published.*}).
 */
class PublishedEditionReadBackTest {
    @TempDir
    static Path dir;
    private static List<String> stored;
    private static Path pdf;
    private static Path docx;
    private static Path markdown;

    @BeforeAll
    static void publishBothEditions() throws Exception {
        try (DocumentStore store = SeedStore.open()) {
            stored = store.loadAll(org.compendium.store.DocumentFilter.ALL).stream()
                    .filter(d -> d.metadata().type() == DocumentType.COMPENDIUM)
                    .flatMap(d -> d.provisions().stream()).map(p -> p.citation().toString()).toList();
            Edition edition = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"),
                    NumberRange.parse("1-6"), "fr"));
            pdf = write(edition, new PublishFormat.Pdf(), "edition.pdf");
            docx = write(edition, new PublishFormat.Docx(), "edition.docx");
            markdown = write(edition, new PublishFormat.Markdown(), "edition.md");
        }
    }

    private static Path write(Edition edition, PublishFormat format, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Publisher.render(edition, format, out);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void theStoredCompendiumHoldsItsProvisions() {
        Regressions.assertCount("corpus.provisions", 643);
        assertThat(stored).hasSize(312);
    }

    @Test
    void thePdfEditionGivesBackTheStoredProvisions() throws Exception {
        assertReadBack(pdf, "parse.published.pdf.provisions", "parse.published.pdf.same-citations");
    }

    @Test
    void theDocxEditionGivesBackTheStoredProvisions() throws Exception {
        assertReadBack(docx, "parse.published.docx.provisions", "parse.published.docx.same-citations");
    }

    /** Before {@code MarkdownView} and Markdown headings in the French compendium grammar: 0 provisions. */
    @Test
    void theMarkdownEditionGivesBackTheStoredProvisions() throws Exception {
        assertReadBack(markdown, "parse.published.md.provisions", "parse.published.md.same-citations");
    }

    private static void assertReadBack(Path file, String provisionsKey, String sameKey) throws Exception {
        ParsedDocument read = new DocumentParser().parse(new SourceReader().read(file));
        List<String> citations = read.provisions().stream().map(Provision::citation).map(Object::toString).toList();
        long same = citations.stream().distinct().filter(stored::contains).count();
        Regressions.assertCount(provisionsKey, read.provisions().size());
        Regressions.assertCount(sameKey, same);
    }
}
