package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.ingest.RenderedRoute;
import org.compendium.ingest.SourceReader;
import org.compendium.ingest.UnicodePdfWriter;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.SourceFormat;
import org.compendium.bench.Regressions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every six-language fixture rendered the ways users will feed it — to PDF by our own PDFBox renderer
 * ({@link UnicodePdfWriter}) and by LibreOffice headless (from HTML in the language's direction, see
 * {@link LibreOffice}), and to DOCX by POI and by LibreOffice — is read back
 * ({@link SourceReader}) and parsed to the same provisions as its text: the same work, citations, kinds, paths,
 * leading verbs and texts, in order, with no warning. How many of the four fixtures each route reads exactly, per
 * language, is recorded in {@code regressions.properties} ({@code parse.rendered.*}); the failure message names the
 * others and their first difference.
 */
class RenderedFixturesTest {
    private static final DocumentParser PARSER = new DocumentParser();
    @TempDir
    static Path dir;
    private static final Map<String, Path> LIBREOFFICE_PDF = new HashMap<>();
    private static final Map<String, Path> LIBREOFFICE_DOCX = new HashMap<>();

    private static String key(String kind, Language language) {
        return kind + "-" + language.code();
    }

    @BeforeAll
    static void renderEveryFixtureWithLibreOffice() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("txt"));
        List<Path> files = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String kind : LanguageFixtures.KINDS) {
            for (Language language : LanguageFixtures.languages()) {
                Path file = texts.resolve(key(kind, language) + ".html");
                Files.writeString(file, LibreOffice.html(LanguageFixtures.text(kind, language), language.code(),
                        language == Language.ARABIC), StandardCharsets.UTF_8);
                files.add(file);
                keys.add(key(kind, language));
            }
        }
        Path profile = dir.resolve("libreoffice-profile");
        List<Path> pdfs = LibreOffice.convert(files, "pdf", Files.createDirectories(dir.resolve("pdf")), profile);
        List<Path> docxs = LibreOffice.convert(files, "docx", Files.createDirectories(dir.resolve("docx")), profile);
        for (int i = 0; i < keys.size(); i++) {
            LIBREOFFICE_PDF.put(keys.get(i), pdfs.get(i));
            LIBREOFFICE_DOCX.put(keys.get(i), docxs.get(i));
        }
    }

    /** How a fixture is rendered to a file. */
    @FunctionalInterface
    private interface Route {
        Path render(String kind, Language language) throws Exception;
    }

    @Test
    void ourOwnPdfGivesTheProvisionsOfTheText() throws Exception {
        assertRoute("pdfbox-pdf", SourceFormat.PDF, (kind, language) -> {
            Path pdf = dir.resolve(key(kind, language) + "-pdfbox.pdf");
            UnicodePdfWriter.write(lines(kind, language), pdf);
            return pdf;
        });
    }

    @Test
    void libreOfficePdfGivesTheProvisionsOfTheText() throws Exception {
        assertRoute("libreoffice-pdf", SourceFormat.PDF, (kind, language) -> LIBREOFFICE_PDF.get(key(kind, language)));
    }

    @Test
    void ourOwnDocxGivesTheProvisionsOfTheText() throws Exception {
        assertRoute("poi-docx", SourceFormat.DOCX, (kind, language) -> {
            Path docx = dir.resolve(key(kind, language) + "-poi.docx");
            RenderedRoute.writeDocx(lines(kind, language), docx);
            return docx;
        });
    }

    @Test
    void libreOfficeDocxGivesTheProvisionsOfTheText() throws Exception {
        assertRoute("libreoffice-docx", SourceFormat.DOCX, (kind, language) -> LIBREOFFICE_DOCX.get(key(kind, language)));
    }

    /**
     * Renders every fixture by {@code route}, and compares, language by language, how many of the fixtures are read
     * back exactly with the figure recorded ({@code parse.rendered.ROUTE.LANG}); the message names each one that is not
     * and its first difference.
     */
    private static void assertRoute(String route, SourceFormat format, Route render) throws Exception {
        List<String> differences = new ArrayList<>();
        Map<String, Integer> measured = new java.util.LinkedHashMap<>();
        Map<String, Integer> recorded = new java.util.LinkedHashMap<>();
        for (Language language : LanguageFixtures.languages()) {
            int exact = 0;
            for (String kind : LanguageFixtures.KINDS) {
                String difference = difference(kind, language, render.render(kind, language), format);
                if (difference == null) {
                    exact++;
                } else {
                    differences.add(key(kind, language) + ": " + difference);
                }
            }
            measured.put(language.code(), exact);
            recorded.put(language.code(), (int) Regressions.getLong("parse.rendered." + route + "." + language.code()));
        }
        assertThat(measured).as(route + ": fixtures read exactly, by language; the others: " + differences)
                .containsExactlyEntriesOf(recorded);
    }

    /** What the rendered file gives that the text does not, or null when they are the same. */
    private static String difference(String kind, Language language, Path rendered, SourceFormat format) throws Exception {
        ParsedDocument text = PARSER.parse(LanguageFixtures.source(kind, language));
        ParsedDocument read = PARSER.parse(new SourceReader().read(rendered));
        if (read.format() != format || read.metadata().language() != language || read.metadata().type() != text.metadata().type()
                || !read.work().equals(text.work()) || !read.warnings().isEmpty() || !read.coverage().complete()) {
            return "read as " + read.format() + " " + read.metadata().language().code() + " " + read.metadata().type().code()
                    + " " + read.work() + " " + read.warnings() + " coverage " + read.coverage().describe();
        }
        List<String> expected = signatures(text);
        List<String> actual = signatures(read);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(none)";
            String a = i < actual.size() ? actual.get(i) : "(none)";
            if (!e.equals(a)) {
                return "expected «" + e + "» but read «" + a + "»";
            }
        }
        return null;
    }

    /** The fixture's non-blank lines: one paragraph, heading or label line each. */
    private static List<String> lines(String kind, Language language) {
        return LanguageFixtures.text(kind, language).lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> signatures(ParsedDocument d) {
        return d.provisions().stream().map(RenderedFixturesTest::signature).toList();
    }

    private static String signature(Provision p) {
        return p.citation() + " | " + p.kind() + " | " + p.path() + " | " + p.leadingVerb() + " | " + p.text();
    }
}
