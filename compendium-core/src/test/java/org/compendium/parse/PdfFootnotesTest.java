package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.SegmentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PDF with real footnotes, as a word processor sets them: the marks raised and small, the footnotes in small print
 * at the foot of the page under a rule drawn as a line, which text extraction does not give. Each language's
 * {@code cop-resolution} fixture, with footnotes on two preambular paragraphs, is converted by LibreOffice headless
 * and read back: the same provisions with the same texts as the plain fixture (no mark glued to a paragraph, no
 * footnote run into the paragraph the page breaks), and the two footnotes set apart as footnotes.
 */
class PdfFootnotesTest {
    private static final DocumentParser PARSER = new DocumentParser();
    /** The footnote, as each language version prints it (the Russian one keeps the English title of the series). */
    private static final Map<Language, String> NOTE = Map.of(
            Language.ARABIC, "الأمم المتحدة، مجموعة المعاهدات، المجلد 2241، الرقم 39574.",
            Language.CHINESE, "联合国，《条约汇编》，第2241卷，第39574号。",
            Language.ENGLISH, "United Nations, Treaty Series, vol. 2241, No. 39574.",
            Language.FRENCH, "Nations Unies, Recueil des Traités, vol. 2241, no 39574.",
            Language.RUSSIAN, "United Nations, Treaty Series, vol. 2241, No. 39574.",
            Language.SPANISH, "Naciones Unidas, Treaty Series, vol. 2241, núm. 39574.");
    /** The lines that get a footnote: the first and the last preambular paragraph (after heading, title and opening). */
    private static final List<Integer> FOOTNOTED = List.of(3, 8);
    private static final Map<Language, Path> PDFS = new EnumMap<>(Language.class);

    @TempDir
    static Path dir;

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    @BeforeAll
    static void renderWithLibreOffice() throws Exception {
        List<Path> htmls = new ArrayList<>();
        for (Language language : languages()) {
            Path html = dir.resolve("footnoted-" + language.code() + ".html");
            Files.writeString(html, LibreOffice.html(LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, language),
                    language.code(), language == Language.ARABIC,
                    Map.of(FOOTNOTED.get(0), NOTE.get(language), FOOTNOTED.get(1), NOTE.get(language))), StandardCharsets.UTF_8);
            htmls.add(html);
        }
        List<Path> pdfs = LibreOffice.convert(htmls, "pdf", Files.createDirectories(dir.resolve("pdf")), dir.resolve("profile"));
        for (int i = 0; i < pdfs.size(); i++) {
            PDFS.put(languages().get(i), pdfs.get(i));
        }
    }

    private static List<String> signatures(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.citation() + " | " + p.kind() + " | " + p.path() + " | " + p.leadingVerb()
                + " | " + p.text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void footnotesAndTheirMarksAreSetApartFromTheProvisions(Language language) throws Exception {
        ParsedDocument expected = PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, language));
        ParsedDocument read = PARSER.parse(new SourceReader().read(PDFS.get(language)));
        assertThat(read.metadata().language()).isEqualTo(language);
        assertThat(read.coverage().complete()).isTrue();
        assertThat(signatures(read)).containsExactlyElementsOf(signatures(expected));
        assertThat(read.provisions()).extracting(Provision::text).noneMatch(t -> t.contains("39574"));
        assertThat(read.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.text().contains("39574")).hasSize(2);
    }
}
