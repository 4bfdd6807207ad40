package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.RenderedRoute;
import org.compendium.ingest.SourceReader;
import org.compendium.ingest.SourceText;
import org.compendium.model.Citation;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden test of the rendered routes: the non-blank lines of a seed (trailing spaces stripped) are rendered to PDF
 * with {@code TestPdfWriter} and to DOCX with {@code TestDocxWriter}, read back with {@link SourceReader} and parsed;
 * the result must give the same provisions, citations and metadata as parsing the seed text itself.
 *
 * <p>The PDF writer draws Helvetica/WinAnsi and replaces what it cannot encode ({@link RenderedRoute#asDrawn}), so
 * PDF provision texts are compared with the text route's texts mapped through the same fallback; the number that
 * match even without the mapping is asserted as observed (and must be at least 95% of the provisions). A PDF also
 * wraps a line wider than the page onto continuation lines, which the PDF-extracted seeds (000, 003, 004) never
 * have but the one-line-per-paragraph Markdown seed (001) has throughout.
 */
class RenderedRouteTest {
    @TempDir
    Path dir;

    // ---- 000: report of the 9th meeting of the Working Group on Trafficking in Persons (2019), PDF-extracted text

    // 121 since #10 session 5 (113 before): rec. 17's lettered items a)-h) are its sub-paragraphs.
    @Test
    void wg4_2019_pdfGivesTheSameProvisionsAsTheText() throws Exception {
        assertPdfRouteMatches(Corpus.WG4_2019, 121, 121, 0);
    }

    @Test
    void wg4_2019_docxGivesTheSameProvisionsAsTheText() throws Exception {
        assertDocxRouteMatches(Corpus.WG4_2019, 121);
    }

    // ---- 003: report of the 8th meeting of the Working Group on the Smuggling of Migrants (2021), PDF-extracted text

    @Test
    void wg7_2021_pdfGivesTheSameProvisionsAsTheText() throws Exception {
        assertPdfRouteMatches(Corpus.WG7_2021, 57, 57, 0);
    }

    @Test
    void wg7_2021_docxGivesTheSameProvisionsAsTheText() throws Exception {
        assertDocxRouteMatches(Corpus.WG7_2021, 57);
    }

    // ---- 001: COP resolution 11/5 in Markdown (one line per paragraph), rendered line by line with its markers

    @Test
    void res_11_5_pdfGivesTheSameProvisionsAsTheText() throws Exception {
        assertPdfRouteMatches(Corpus.RES_11_5, 62, 62, 0);
    }

    @Test
    void res_11_5_docxGivesTheSameProvisionsAsTheText() throws Exception {
        assertDocxRouteMatches(Corpus.RES_11_5, 62);
    }

    @Test
    void markdownFootnoteWrappedOntoTwoLinesStaysAFootnote() throws Exception {
        String head = """
                ## Résolution 11/5
                *La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,*
                *Rappelant* sa résolution 10/3,
                *Prenant note* du Programme mondial,
                ---
                """;
        String tail = """
                qui contribue à mieux faire comprendre la traite,
                *Notant* que la traite persiste,
                1. Prie instamment les États d'adhérer au Protocole ;
                """;
        ParsedDocument oneLine = parseMarkdown(head
                + "<sup>2</sup> Bien que le terme ne soit pas défini dans le Protocole, il est souvent utilisé.\n" + tail);
        ParsedDocument wrapped = parseMarkdown(head
                + "<sup>2</sup> Bien que le terme ne soit pas défini dans le\nProtocole, il est souvent utilisé.\n" + tail);

        assertThat(citations(oneLine)).extracting(Citation::toString).containsExactly(
                "COP res. 11/5 pp. 1", "COP res. 11/5 pp. 2", "COP res. 11/5 pp. 3", "COP res. 11/5 op. 1");
        assertThat(citations(wrapped)).containsExactlyElementsOf(citations(oneLine));
        assertThat(texts(wrapped)).containsExactlyElementsOf(texts(oneLine));
    }

    // ---- 004: Secretariat report to the 12th session of the COP (2024), PDF-extracted text

    @Test
    void secretariat_2024_pdfGivesTheSameProvisionsAsTheText() throws Exception {
        assertPdfRouteMatches(Corpus.SECRETARIAT_2024, 91, 91, 0);
    }

    @Test
    void secretariat_2024_docxGivesTheSameProvisionsAsTheText() throws Exception {
        assertDocxRouteMatches(Corpus.SECRETARIAT_2024, 91);
    }

    // ---- helpers

    /**
     * @param provisions    the number of provisions the text route gives
     * @param exact         how many PDF provision texts equal the text route's without the font-fallback mapping
     * @param withFallback  how many text-route provisions contain a character the PDF font cannot draw
     */
    private void assertPdfRouteMatches(String seed, int provisions, int exact, int withFallback) throws Exception {
        ParsedDocument text = new DocumentParser().parse(Corpus.text(seed));
        Path pdf = dir.resolve("seed.pdf");
        RenderedRoute.writePdf(lines(seed), pdf);
        ParsedDocument rendered = new DocumentParser().parse(new SourceReader().read(pdf));

        assertThat(rendered.format()).isEqualTo(SourceFormat.PDF);
        assertSameStructure(text, rendered, provisions);
        assertThat(text.provisions().stream().filter(p -> !collapse(RenderedRoute.asDrawn(p.text())).equals(collapse(p.text()))))
                .as("text-route provisions with characters the PDF font replaces").hasSize(withFallback);
        assertThat(texts(rendered)).as("PDF texts against text-route texts drawn through the font fallback")
                .containsExactlyElementsOf(text.provisions().stream().map(p -> collapse(RenderedRoute.asDrawn(p.text()))).toList());
        long same = countEqual(texts(text), texts(rendered));
        assertThat(same).as("PDF provision texts equal to the text route's without mapping").isEqualTo(exact);
        assertThat(same * 100).isGreaterThanOrEqualTo(95L * provisions);
    }

    private void assertDocxRouteMatches(String seed, int provisions) throws Exception {
        ParsedDocument text = new DocumentParser().parse(Corpus.text(seed));
        Path docx = dir.resolve("seed.docx");
        RenderedRoute.writeDocx(lines(seed), docx);
        ParsedDocument rendered = new DocumentParser().parse(new SourceReader().read(docx));

        assertThat(rendered.format()).isEqualTo(SourceFormat.DOCX);
        assertSameStructure(text, rendered, provisions);
        assertThat(texts(rendered)).containsExactlyElementsOf(texts(text));
    }

    private static void assertSameStructure(ParsedDocument text, ParsedDocument rendered, int provisions) {
        assertThat(text.provisions()).hasSize(provisions);
        assertThat(citations(rendered)).containsExactlyElementsOf(citations(text));
        assertThat(kinds(rendered)).containsExactlyElementsOf(kinds(text));
        DocumentMetadata expected = text.metadata();
        DocumentMetadata actual = rendered.metadata();
        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.body()).isEqualTo(expected.body());
        assertThat(actual.meeting()).isEqualTo(expected.meeting());
        assertThat(actual.session()).isEqualTo(expected.session());
        assertThat(actual.dates()).isEqualTo(expected.dates());
        assertThat(actual.resolutionNumber()).isEqualTo(expected.resolutionNumber());
        assertThat(rendered.coverage().complete()).as(rendered.coverage().describe()).isTrue();
    }

    /** The seed's non-blank lines with trailing spaces stripped, as rendered. */
    static List<String> lines(String seed) {
        return Corpus.text(seed).text().lines().filter(line -> !line.isBlank()).map(String::stripTrailing).toList();
    }

    private static ParsedDocument parseMarkdown(String raw) throws Exception {
        return new DocumentParser().parse(new SourceText("minimal.md", SourceFormat.MARKDOWN, raw, "0".repeat(64), raw.length()));
    }

    private static List<Citation> citations(ParsedDocument d) {
        return d.provisions().stream().map(Provision::citation).toList();
    }

    private static List<ProvisionKind> kinds(ParsedDocument d) {
        return d.provisions().stream().map(Provision::kind).toList();
    }

    private static List<String> texts(ParsedDocument d) {
        return d.provisions().stream().map(p -> collapse(p.text())).toList();
    }

    private static long countEqual(List<String> a, List<String> b) {
        return java.util.stream.IntStream.range(0, Math.min(a.size(), b.size())).filter(i -> a.get(i).equals(b.get(i))).count();
    }

    static String collapse(String s) {
        return s.strip().replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
}
