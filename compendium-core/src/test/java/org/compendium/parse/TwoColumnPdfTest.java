package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceReader;
import org.compendium.ingest.UnicodePdfWriter;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF laid out in two columns is read column by column, from the positions of its glyphs: the fixtures printed in two
 * columns give the provisions of their text. A page whose columns a line crosses is refused with the reason and what to
 * do, rather than read in an order that cannot be trusted.
 */
class TwoColumnPdfTest {
    private static final DocumentParser PARSER = new DocumentParser();
    @TempDir
    Path dir;

    @Test
    void aResolutionAndATreatyPrintedInTwoColumnsGiveTheProvisionsOfTheirText() throws Exception {
        for (String kind : List.of(LanguageFixtures.COP_RESOLUTION, LanguageFixtures.TREATY)) {
            for (Language language : List.of(Language.ENGLISH, Language.RUSSIAN)) {
                Path pdf = dir.resolve(kind + "-" + language.code() + "-two-columns.pdf");
                UnicodePdfWriter.writeTwoColumns(lines(kind, language), pdf, false);
                ParsedDocument text = PARSER.parse(LanguageFixtures.source(kind, language));
                ParsedDocument read = PARSER.parse(new SourceReader().read(pdf));
                assertThat(read.work()).as(kind + " " + language).isEqualTo(text.work());
                assertThat(read.warnings()).as(kind + " " + language).isEmpty();
                assertThat(signatures(read)).as(kind + " " + language).containsExactlyElementsOf(signatures(text));
            }
        }
    }

    /**
     * LibreOffice sets a document in two columns as its writing direction runs: an Arabic one right column first. Its
     * two-column PDF reads like its one-column PDF: columns in reading order, and each lone tanwin given back to its
     * letter ({@code ثانياً - التوصيات}, not {@code ً - التوصيات ثانيا}) as on one-column pages; in narrower lines, a
     * space drawn over a lam-alef does not split the line ({@code البحر لا}), nor does a last line of only
     * {@code 2025،} turn round.
     */
    @Test
    void aLibreOfficePdfInTwoColumnsReadsLikeItsOneColumnPdfInEachWritingDirection() throws Exception {
        List<Path> htmls = new java.util.ArrayList<>();
        // The resolution's narrower Arabic lines meet two more of LibreOffice's ways: a space drawn over the lam-alef
        // after it (البحر لا), and a paragraph's last line holding only "2025،".
        for (String kind : List.of(LanguageFixtures.WG_REPORT, LanguageFixtures.COP_RESOLUTION)) {
            for (Language language : List.of(Language.ARABIC, Language.ENGLISH)) {
                String html = LibreOffice.html(LanguageFixtures.text(kind, language), language.code(), language == Language.ARABIC);
                Path one = dir.resolve(kind + "-" + language.code() + "-one.html");
                java.nio.file.Files.writeString(one, html);
                Path two = dir.resolve(kind + "-" + language.code() + "-two.html");
                java.nio.file.Files.writeString(two, html.replace("<body>\n", "<body>\n<multicol cols=\"2\" gutter=\"24\">\n")
                        .replace("</body>", "</multicol></body>"));
                htmls.add(one);
                htmls.add(two);
            }
        }
        List<Path> pdfs = LibreOffice.convert(htmls, "pdf", java.nio.file.Files.createDirectories(dir.resolve("lo-pdf")),
                dir.resolve("lo-profile"));
        for (int i = 0; i < pdfs.size(); i += 2) {
            String name = pdfs.get(i + 1).getFileName().toString();
            String twoColumnText = new SourceReader().read(pdfs.get(i + 1)).text();
            ParsedDocument one = PARSER.parse(new SourceReader().read(pdfs.get(i)));
            ParsedDocument two = PARSER.parse(new SourceReader().read(pdfs.get(i + 1)));
            assertThat(one.provisions()).as(name).isNotEmpty();
            assertThat(two.work()).as(name).isEqualTo(one.work());
            assertThat(signatures(two)).as(name).containsExactlyElementsOf(signatures(one));
            if (name.contains("-ar-")) {
                assertThat(twoColumnText).as(name + ": no tanwin apart from its letter").doesNotContain(" \u064B")
                        .doesNotContainPattern("(?m)^\u064B");
            }
        }
        String arabicResolution = new SourceReader().read(pdfs.get(5)).text();
        assertThat(arabicResolution).as("the line's last word at its end, the number before its comma")
                .contains("عن طريق البحر لا").contains("\n2025،\n").doesNotContain("،2025");
        String arabicReport = new SourceReader().read(pdfs.get(1)).text();
        assertThat(arabicReport).as("the tanwin on its alef, the heading in reading order").contains("ثانياً - التوصيات");
        assertThat(arabicReport.indexOf("أولاً - مقدمة")).as("the right column, where the report starts, first")
                .isLessThan(arabicReport.indexOf("ثالثاً"));
    }

    /**
     * The report in two columns in DejaVu Serif (LibreOffice's fallback when its default Liberation Serif is not
     * installed): the columns' baselines meet on only 9 of page 1's 77 lines, and page 2 holds two lines — a heading on
     * the left, a paragraph's end on the right — too few to show a gutter. Both pages were read across the columns
     * ({@code CTOC/COP/WG.4/2025/5 States parties are encouraged to use}) and the report was not recognised
     * ({@code doc:…}). Now columns on baselines of their own may share a few lines of prose, and a short last page keeps
     * the gutter of the page before when no line crosses it.
     */
    @Test
    void aShortLastPageKeepsTheColumnsOfThePageBefore() throws Exception {
        String html = LibreOffice.html(LanguageFixtures.text(LanguageFixtures.WG_REPORT, Language.ENGLISH), "en", false);
        Path one = dir.resolve("dejavu-one.html");
        java.nio.file.Files.writeString(one, html.replace("<body>\n", "<body style=\"font-family: 'DejaVu Serif'\">\n"));
        Path two = dir.resolve("dejavu-two.html");
        java.nio.file.Files.writeString(two, html.replace("<body>\n",
                        "<body style=\"font-family: 'DejaVu Serif'\">\n<multicol cols=\"2\" gutter=\"24\">\n")
                .replace("</body>", "</multicol></body>"));
        List<Path> pdfs = LibreOffice.convert(List.of(one, two), "pdf",
                java.nio.file.Files.createDirectories(dir.resolve("lo-pdf")), dir.resolve("lo-profile"));

        String twoColumnText = new SourceReader().read(pdfs.get(1)).text();
        assertThat(twoColumnText).as("two pages, the second short").contains("\f").doesNotContain("V. Adoption of the report 9.");
        ParsedDocument expected = PARSER.parse(new SourceReader().read(pdfs.get(0)));
        ParsedDocument read = PARSER.parse(new SourceReader().read(pdfs.get(1)));
        assertThat(read.work()).isEqualTo(expected.work());
        assertThat(signatures(read)).containsExactlyElementsOf(signatures(expected)).isNotEmpty();
    }

    @Test
    void aTitleAcrossBothColumnsMakesTheOrderUntrustedAndThePdfIsRefused() throws Exception {
        Path pdf = dir.resolve("spanning.pdf");
        List<String> lines = lines(LanguageFixtures.TREATY, Language.ENGLISH);
        UnicodePdfWriter.writeTwoColumns(lines, pdf, true);
        assertThatThrownBy(() -> new SourceReader().read(pdf)).isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("spanning.pdf")
                .hasMessageContaining("page 1 is laid out in two columns that 1 line crosses, so the order in which its text is read cannot be trusted")
                .hasMessageContaining("Give the document as .docx, or as a PDF in one column");
    }

    private static List<String> lines(String kind, Language language) {
        return LanguageFixtures.text(kind, language).lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> signatures(ParsedDocument d) {
        return d.provisions().stream().map(TwoColumnPdfTest::signature).toList();
    }

    private static String signature(Provision p) {
        return p.citation() + " | " + p.kind() + " | " + p.path() + " | " + p.leadingVerb() + " | " + p.text();
    }
}
