package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.junit.jupiter.api.Test;

/**
 * Documents as raw PDF extraction gives them, in shapes the six-language fixtures do not have (fixtures
 * {@code raw-extraction/}): a Chinese working-group report whose masthead spaces out {@code 联 合 国} beside the symbol,
 * and an English Secretariat report, both with UN page footers ({@code V.26-04321 (C)    030626    040626}: the job
 * number with its processing and printing dates), bar codes, running headers, footnote marks glued to the sentence
 * they follow ({@code 。8}, {@code States.1}) and an agenda footnote ({@code * CTOC/COP/2026/1.}) above numbered ones.
 * Expected figures in {@code regressions.properties} ({@code parse.raw-extraction.*}).
 */
class RawMastheadsAndFootersTest {
    private static final DocumentParser PARSER = new DocumentParser();

    private static String text(String name) throws IOException {
        try (InputStream in = RawMastheadsAndFootersTest.class.getResourceAsStream("/fixtures/raw-extraction/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ParsedDocument parse(String name, String text) throws Exception {
        return PARSER.parse(LanguageFixtures.source(name, text));
    }

    private static List<String> expected(String key) {
        return Arrays.asList(Regressions.get(key).split(","));
    }

    private static List<String> furniture(ParsedDocument d) {
        return d.segments().stream().filter(s -> s.kind() == SegmentKind.PAGE_FURNITURE).map(Segment::text).toList();
    }

    @Test
    void aChineseReportReadsItsSpacedMastheadSymbolAndSetsItsFootersApart() throws Exception {
        ParsedDocument d = parse("wg-report-zh.txt", text("wg-report-zh.txt"));
        assertThat(d.metadata().language()).isEqualTo(Language.CHINESE);
        assertThat(d.metadata().symbol()).hasToString("CTOC/COP/WG.7/2026/3");
        assertThat(d.work()).hasToString(Regressions.get("parse.raw-extraction.wg-report-zh.work"));
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
        assertThat(d.provisions()).extracting(p -> p.citation().toString())
                .containsExactlyElementsOf(expected("parse.raw-extraction.wg-report-zh.citations"));
        assertThat(d.provisions()).extracting(Provision::text).as("no footer, bar code or running header in a provision")
                .noneMatch(t -> t.contains("V.26-") || t.contains("030626") || t.contains("CTOC/COP/WG.7/2026/3"));
        assertThat(furniture(d)).contains("V.26-04321 (C) 030626 040626", "*2604321*", "CTOC/COP/WG.7/2026/3", "2/3");
        // The footnote mark glued after the full stop is the page's footnote 8, not the paragraph's text.
        assertThat(d.provisions().stream().filter(p -> p.citation().toString().endsWith("para. 4")).findFirst().orElseThrow().text())
                .endsWith("采取的措施。");
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE).extracting(Segment::label).contains("mark 8", "8");
    }

    @Test
    void anEnglishSecretariatReportKeepsItsFootnotesOutOfItsParagraphs() throws Exception {
        String raw = text("secretariat-report-en.txt");
        ParsedDocument d = parse("secretariat-report-en.txt", raw);
        assertThat(d.work()).hasToString("CTOC/COP/2026/4");
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
        assertThat(d.provisions()).extracting(p -> p.citation().toString())
                .containsExactlyElementsOf(expected("parse.raw-extraction.secretariat-report-en.citations"));
        assertThat(d.provisions().get(2).text()).endsWith("in 29 States.");
        // Footnote 1 follows the agenda footnote under the rule: a footnote, not the end of paragraph 7.
        assertThat(d.provisions().getLast().text()).endsWith("extrabudgetary resources.");
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE).extracting(Segment::label)
                .as("the mark a footnote reference, then the block: rule, agenda footnote, footnote 1")
                .containsExactly("mark 1", "rule", "*", "1");
        assertThat(furniture(d)).contains("V.26-05678 (E) 280726 290726");
    }

    @Test
    void aSecretariatReportWithoutItsSymbolIsCitedBySessionAndItsEnglishDateOfIssue() throws Exception {
        String raw = text("secretariat-report-en.txt").replace("                                                      CTOC/COP/2026/4", "")
                .replace("CTOC/COP/2026/4\n", "");
        ParsedDocument d = parse("secretariat-report-en-nosymbol.txt", raw);
        assertThat(d.metadata().symbol()).isNull();
        assertThat(d.work()).hasToString(Regressions.get("parse.raw-extraction.secretariat-report-en.work-without-symbol"));
    }
}
