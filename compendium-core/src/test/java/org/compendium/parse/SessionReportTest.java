package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.compendium.bench.Regressions;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
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
                .as("every paragraph of a reproduced resolution, lettered sub-paragraphs and its annex aside, has its leading verb")
                .filteredOn(p -> p.kind() != ProvisionKind.SUBPARAGRAPH && p.kind() != ProvisionKind.PARAGRAPH)
                .allSatisfy(p -> assertThat(p.leadingVerb()).as(p.citation().toString()).isNotBlank());
    }

    /** The verb each language prints after the body's name in a decision of one paragraph. */
    private static final Map<Language, String> DECIDES = Map.of(Language.ARABIC, "يقرر", Language.CHINESE, "决定",
            Language.ENGLISH, "decides", Language.FRENCH, "décide", Language.RUSSIAN, "постановляет", Language.SPANISH, "decide");

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aDecisionOfOneUnletteredParagraphIsOneOperativeProvisionNotFrontMatter(Language language) throws Exception {
        ParsedDocument d = parse(language);
        Work decision = Work.parse("COP dec. 13/2");
        List<Provision> own = d.provisions().stream().filter(p -> p.citation().work().equals(decision)).toList();
        assertThat(own).singleElement().satisfies(p -> {
            assertThat(p.citation()).isEqualTo(Citation.parse("COP dec. 13/2 op. 1"));
            assertThat(p.kind()).isEqualTo(ProvisionKind.OPERATIVE);
            assertThat(p.label()).as("the decision prints no number").isEmpty();
            assertThat(p.text()).as("the whole paragraph, from the body's name to its full stop")
                    .startsWith(firstWords(LanguageFixtures.text(KIND, language), p.text()))
                    .endsWith(language == Language.CHINESE ? "。" : ".");
            assertThat(p.leadingVerb()).isEqualTo(DECIDES.get(language));
            assertThat(p.session()).isEqualTo(13);
        });
        // The lettered decision keeps its opening as its chapeau, text of the decision and no provision.
        assertThat(d.provisions()).filteredOn(p -> p.citation().work().equals(Work.parse("COP dec. 13/1")))
                .extracting(p -> p.citation().eId().toString()).containsExactly("op_a", "op_b");
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FRONT_MATTER && "opening".equals(s.label()))
                .as("the openings of the two resolutions and of decisions 13/1 and 13/3, not of 13/2 and 13/4").hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aDecisionWithNumberedParagraphsReadsAsAResolutionAndADecisionsAnnexAsAnAnnex(Language language) throws Exception {
        ParsedDocument d = parse(language);
        // Decision 13/3 numbers its paragraphs under a preamble: before, the whole decision was one op. 1.
        List<Provision> numbered = d.provisions().stream().filter(p -> p.citation().work().equals(Work.parse("COP dec. 13/3"))).toList();
        assertThat(numbered).extracting(p -> p.citation().eId().toString()).containsExactly("pp_1", "op_1", "op_2");
        assertThat(numbered).extracting(Provision::kind)
                .containsExactly(ProvisionKind.PREAMBULAR, ProvisionKind.OPERATIVE, ProvisionKind.OPERATIVE);
        assertThat(numbered.get(1).label()).isEqualTo(language == Language.ARABIC ? "1 -" : "1.");
        assertThat(numbered).allSatisfy(p -> assertThat(p.leadingVerb()).as(p.citation().toString()).isNotBlank());
        // Decision 13/4, one paragraph adopting the guidelines in its annex: the annex's paragraphs and their lettered
        // items are the annex's (before, its (a) and (b) were taken for the decision's own lettered paragraphs).
        List<Provision> annexed = d.provisions().stream().filter(p -> p.citation().work().equals(Work.parse("COP dec. 13/4"))).toList();
        assertThat(annexed).extracting(p -> p.citation().eId().toString()).containsExactly("op_1", "annex_1__para_1",
                "annex_1__para_2", "annex_1__para_2__subpara_a", "annex_1__para_2__subpara_b");
        assertThat(annexed.getFirst().text()).endsWith(language == Language.CHINESE ? "。" : ".");
        assertThat(annexed).extracting(Provision::text).as("the annex's heading and title are not text of a provision")
                .noneMatch(t -> t.contains(annexed.get(1).text()) && t != annexed.get(1).text());
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.HEADING && s.label().equals("annex 1")).hasSize(2);
    }

    /** The line of {@code text} on which {@code provision} starts, up to its first 20 characters. */
    private static String firstWords(String text, String provision) {
        String start = provision.substring(0, 20);
        assertThat(text).contains(start);
        return start;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void anAnnexWithHeadingsOfItsOwnStaysInsideItsResolution(Language language) throws Exception {
        ParsedDocument d = parse(language);
        Work resolution = Work.parse("COP res. 13/2");
        assertThat(d.provisions()).filteredOn(p -> p.citation().work().equals(resolution) && p.kind() == ProvisionKind.PARAGRAPH)
                .extracting(p -> p.citation().eId().toString())
                .containsExactly("annex_1__para_1", "annex_1__para_2", "annex_1__para_3");
        // Its chapter and section headings are headings of the annex, in the annex's path, never report headings.
        // (the last "annex 1" is decision 13/4's annex heading, which has no headings of its own).
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.HEADING && s.path().equals(List.of("annex 1")))
                .extracting(s -> s.label()).containsExactly("annex 1", "I", "II", "A", "B", "annex 1");
        // No heading text is glued into an annex paragraph, and the report's own section B comes back after the annex.
        List<String> annexHeadings = d.segments().stream()
                .filter(s -> s.kind() == SegmentKind.HEADING && s.path().equals(List.of("annex 1")) && !s.label().equals("annex 1"))
                .map(s -> s.text()).toList();
        assertThat(annexHeadings).hasSize(4);
        assertThat(d.provisions()).allSatisfy(p -> assertThat(annexHeadings).noneMatch(h -> p.text().contains(h)));
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.HEADING && s.path().equals(List.of("I", "B")))
                .hasSize(1);
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
