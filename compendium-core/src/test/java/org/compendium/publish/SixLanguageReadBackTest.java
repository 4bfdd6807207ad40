package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.ProvisionKind;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editions this project publishes in the six languages, read back like any user's file: the WG.4 edition (part A,
 * the recommendations of the fixtures' fourteenth meeting) and the WG.7 edition (part B, resolution 13/4) give back
 * the stored provisions — same citations, same texts — from PDF and DOCX alike. Before, only the French edition was
 * read as a compendium: the other languages' were stored as unstructured text, or as a resolution without its
 * compendium.
 */
class SixLanguageReadBackTest {
    @TempDir
    static Path dir;
    private static DocumentStore store;
    private static final DocumentParser PARSER = new DocumentParser();

    @BeforeAll
    static void storeTheFixtures() throws Exception {
        store = DocumentStore.open(dir.resolve("store"));
        for (Language l : LanguageFixtures.languages()) {
            store.save(PARSER.parse(LanguageFixtures.source(LanguageFixtures.WG_REPORT, l)));
            store.save(PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, l)));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /**
     * Every language and body, as PDF and DOCX. The Arabic PDF reads back since its lines' runs are written right to
     * left ({@code PageStripper}): before, PDFBox gave the paragraph labels the edition sets in a hanging indent at the
     * end of their right-to-left lines ({@code … بين - 1}), so that the WG.4 edition gave no recommendation and the
     * WG.7 edition's operative paragraphs ran on into its last preambular one (6 provisions of 18).
     */
    static Stream<Arguments> editions() {
        return LanguageFixtures.languages().stream().flatMap(l -> Stream.of(Body.WG_TIP, Body.WG_SOM)
                .flatMap(b -> Stream.of(new PublishFormat.Pdf(), new PublishFormat.Docx(), new PublishFormat.Markdown())
                        .map(f -> Arguments.of(l, b, f))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("editions")
    void anEditionReadsBackToTheStoredProvisions(Language language, Body body, PublishFormat format) throws Exception {
        Edition edition = new EditionBuilder(store).build(new EditionRequest(body, null, null, language.code()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Publisher.render(edition, format, out);
        Path file = Files.write(dir.resolve("edition-" + language.code() + "-" + body.slug() + "." + format.name()), out.toByteArray());

        ParsedDocument read = PARSER.parse(new SourceReader().read(file));
        assertThat(read.metadata().type()).isEqualTo(DocumentType.COMPENDIUM);
        assertThat(read.metadata().language()).isEqualTo(language);
        assertThat(read.metadata().body()).isEqualTo(body);
        String kind = body == Body.WG_TIP ? LanguageFixtures.WG_REPORT : LanguageFixtures.COP_RESOLUTION;
        ParsedDocument stored = PARSER.parse(LanguageFixtures.source(kind, language));
        List<String> expected = stored.provisions().stream()
                .filter(p -> body == Body.WG_SOM || p.kind() == ProvisionKind.RECOMMENDATION)
                .map(p -> p.citation() + " " + words(p.text())).toList();
        assertThat(read.provisions()).extracting(p -> p.citation() + " " + words(p.text()))
                .containsExactlyElementsOf(expected).isNotEmpty();
    }

    /** A text with its whitespace runs made one space: line breaks are the renderer's, not the provision's. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
