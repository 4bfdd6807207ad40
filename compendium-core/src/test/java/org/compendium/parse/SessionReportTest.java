package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.SegmentKind;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report of a COP session, which reproduces the resolutions and decisions the session adopted before its own
 * chapters (fixture {@code cop-report/}, six languages): each reproduced resolution or decision is cited as its own
 * work, the report's paragraphs as the report's, numbered through the whole report, and no report paragraph is
 * taken for an operative paragraph of the resolution above it. The same holds for a raw PDF extraction with page
 * furniture, including a page footer whose page and job numbers extraction joined on one line. Expected figures in
 * {@code regressions.properties} ({@code parse.fixture.cop-report.*}).
 */
class SessionReportTest {
    private static final String KIND = "cop-report";
    private static final String SYMBOL = "CTOC/COP/2026/9";
    private static final DocumentParser PARSER = new DocumentParser();

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    private static ParsedDocument parse(Language language) throws Exception {
        return PARSER.parse(LanguageFixtures.source(KIND, language));
    }

    private static List<String> citations(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.citation().toString()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void eachReproducedInstrumentIsItsOwnWorkAndTheReportKeepsItsParagraphs(Language language) throws Exception {
        ParsedDocument d = parse(language);
        assertThat(d.metadata().type()).isEqualTo(DocumentType.SESSION_REPORT);
        assertThat(d.metadata().language()).isEqualTo(language);
        assertThat(d.metadata().session()).isEqualTo((int) Regressions.getLong("parse.fixture.cop-report.session"));
        assertThat(d.metadata().dates()).hasToString(Regressions.get("parse.fixture.cop-report.dates"));
        assertThat(d.work().toString()).isEqualTo(SYMBOL);
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
        assertThat(citations(d)).containsExactlyElementsOf(
                Arrays.asList(Regressions.get("parse.fixture.cop-report.citations").split(",")));
        assertThat(d.provisions().stream().map(p -> p.citation().work()).distinct().map(Work::toString))
                .containsExactlyElementsOf(Arrays.asList(Regressions.get("parse.fixture.cop-report.works").split(",")));
        assertThat(d.provisions()).filteredOn(p -> p.citation().work() instanceof Work.CopInstrument c
                        && c.kind() == Work.InstrumentKind.RESOLUTION)
                .as("every paragraph of a reproduced resolution, lettered sub-paragraphs aside, has its leading verb")
                .filteredOn(p -> p.kind() != org.compendium.model.ProvisionKind.SUBPARAGRAPH)
                .allSatisfy(p -> assertThat(p.leadingVerb()).as(p.citation().toString()).isNotBlank());
    }

    @Test
    void theSixVersionsAlignOneToOne() throws Exception {
        List<String> english = citations(parse(Language.ENGLISH));
        for (Language language : languages()) {
            assertThat(citations(parse(language))).as(language.code()).containsExactlyElementsOf(english);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aRawPdfExtractionGivesTheSameProvisionsWithThePageFurnitureSetApart(Language language) throws Exception {
        String clean = LanguageFixtures.text(KIND, language);
        String raw = RawExtraction.of(clean, language, SYMBOL);
        // A footer as text extraction joins it: the page number at one margin, the job number at the other.
        String joinedFooter = raw.replaceFirst("\\n(\\d{1,2}/\\d{1,2})\\n(25-19346 \\([A-Z]\\))\\n", "\n$1                              $2\n");
        assertThat(joinedFooter).isNotEqualTo(raw);
        ParsedDocument expected = parse(language);
        for (String variant : List.of(raw, joinedFooter)) {
            ParsedDocument actual = PARSER.parse(LanguageFixtures.source(KIND + "-raw-" + language.code() + ".txt", variant));
            assertThat(actual.coverage().describe()).isEqualTo("100.00%");
            assertThat(actual.work()).isEqualTo(expected.work());
            assertThat(citations(actual)).containsExactlyElementsOf(citations(expected));
            assertThat(actual.provisions()).extracting(Provision::text)
                    .as("no running header, page number or job number inside a provision")
                    .noneMatch(t -> t.contains(SYMBOL) || t.contains("25-19346") || t.matches("(?s).*\\b\\d{1,2}/\\d{1,2}\\s*$"));
            assertThat(actual.segments()).filteredOn(s -> s.kind() == SegmentKind.PAGE_FURNITURE).isNotEmpty();
        }
    }

    @Test
    void aStandAloneResolutionIsStillAResolution() throws Exception {
        ParsedDocument d = PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH));
        assertThat(d.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
    }
}
