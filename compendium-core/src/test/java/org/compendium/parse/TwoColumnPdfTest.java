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
