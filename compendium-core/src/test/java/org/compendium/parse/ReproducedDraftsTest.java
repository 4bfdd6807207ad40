package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.Organ;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.model.Supplied;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report that reproduces the drafts it recommends to another organ (fixture {@code ccpcj-report/}, six languages:
 * the report {@code E/CN.15/2030/17} of the Commission on Crime Prevention and Criminal Justice, recommending to the
 * Economic and Social Council draft resolutions I and II for adoption by the General Assembly, draft resolution III
 * and draft decision I for its own adoption). Each draft is its own work, cited by the report and its ordinal
 * ({@code E/CN.15/2030/17 draft res. I op. 2(a)}) and never by a made-up resolution number; the report's numbered
 * paragraphs are the report's, numbered through it; the recommendation above each draft says which organ recommends
 * it, to which, and which is to adopt it. The same through a {@code pdftotext}-shaped extraction (wrapped lines,
 * hanging labels, the symbol as running header, page and job numbers). Expected figures in
 * {@code regressions.properties} ({@code parse.fixture.ccpcj-report.*}). Before: stored as unstructured text with a
 * type warning.
 */
class ReproducedDraftsTest {
    private static final String KIND = "ccpcj-report";
    private static final String SYMBOL = "E/CN.15/2030/17";
    private static final DocumentParser PARSER = new DocumentParser();

    private static ParsedDocument parse(Language language) throws Exception {
        return PARSER.parse(LanguageFixtures.source(KIND, language));
    }

    private static List<String> citations(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.citation().toString()).toList();
    }

    private static List<String> expected(String key) {
        return Arrays.asList(Regressions.get("parse.fixture.ccpcj-report." + key).split(","));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.compendium.parse.LanguageFixtures#languages")
    void eachDraftIsItsOwnWorkCitedByTheReportAndItsOrdinal(Language language) throws Exception {
        ParsedDocument d = parse(language);
        assertThat(d.metadata().type()).isEqualTo(DocumentType.SESSION_REPORT);
        assertThat(d.metadata().language()).isEqualTo(language);
        assertThat(d.metadata().body()).as("the Commission is no body of the Convention").isNull();
        assertThat(d.metadata().session()).as("nor its session a COP session").isNull();
        assertThat(d.metadata().resolutionNumber()).isNull();
        assertThat(d.metadata().dates()).hasToString(Regressions.get("parse.fixture.ccpcj-report.dates"));
        assertThat(d.work()).hasToString(SYMBOL);
        assertThat(d.metadata().title()).as("the report's own title, not its drafts' titles run together")
                .isEqualTo(LanguageFixtures.text(KIND, language).lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElseThrow());
        assertThat(d.warnings()).isEmpty();
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
        assertThat(citations(d)).containsExactlyElementsOf(expected("citations"));
        assertThat(d.provisions().stream().map(p -> p.citation().work()).distinct().map(Work::toString))
                .containsExactlyElementsOf(expected("works"));
        assertThat(d.provisions()).filteredOn(p -> p.citation().work() instanceof Work.ReproducedDraft)
                .as("no draft is given a resolution number or a body it does not have")
                .allSatisfy(p -> {
                    Work.ReproducedDraft draft = (Work.ReproducedDraft) p.citation().work();
                    assertThat(draft.report()).isEqualTo(d.work());
                    assertThat(p.session()).isNull();
                });
        assertThat(d.provisions()).filteredOn(p -> p.citation().work() instanceof Work.ReproducedDraft
                        && (p.kind() == ProvisionKind.PREAMBULAR || p.kind() == ProvisionKind.OPERATIVE))
                .as("every preambular and operative paragraph of a draft has its leading verb")
                .allSatisfy(p -> assertThat(p.leadingVerb()).as(p.citation().toString()).isNotBlank());
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FRONT_MATTER && "heading".equals(s.label()))
                .as("the four drafts' headings are front matter, not text of the report's paragraph above").hasSize(4);
        assertThat(d.provisions()).filteredOn(p -> p.citation().work().equals(d.work()))
                .as("the report's own paragraphs, numbered through it")
                .extracting(Provision::number).containsExactly("1", "2", "3", "4", "5");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.compendium.parse.LanguageFixtures#languages")
    void theParagraphAboveEachDraftSaysWhoRecommendsItToWhomAndWhoIsToAdoptIt(Language language) throws Exception {
        List<DraftRecommendations.Recommended> drafts = DraftRecommendations.of(parse(language));
        assertThat(drafts).extracting(r -> r.draft().toString() + " " + r.recommendedBy().code() + ">"
                        + r.recommendedTo().code() + ">" + r.adoptedBy().code())
                .containsExactly(SYMBOL + " draft res. I ccpcj>ecosoc>ga", SYMBOL + " draft res. II ccpcj>ecosoc>ga",
                        SYMBOL + " draft res. III ccpcj>ecosoc>ecosoc", SYMBOL + " draft dec. I ccpcj>ecosoc>ecosoc");
        assertThat(drafts).allSatisfy(r -> assertThat(r.recommendedBy()).isEqualTo(Organ.COMMISSION_ON_CRIME_PREVENTION));
    }

    @Test
    void theSixVersionsAlignOneToOne() throws Exception {
        ParsedDocument english = parse(Language.ENGLISH);
        for (Language language : LanguageFixtures.languages()) {
            ParsedDocument d = parse(language);
            assertThat(d.work()).as(language.code()).isEqualTo(english.work());
            assertThat(citations(d)).as(language.code()).containsExactlyElementsOf(citations(english));
            assertThat(d.provisions()).extracting(p -> p.kind() + " " + p.path() + " " + p.eId()).as(language.code())
                    .containsExactlyElementsOf(english.provisions().stream().map(p -> p.kind() + " " + p.path() + " " + p.eId()).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.compendium.parse.LanguageFixtures#languages")
    void aPdftotextExtractionGivesTheSameProvisionsWithThePageFurnitureSetApart(Language language) throws Exception {
        ParsedDocument clean = parse(language);
        String raw = RawExtraction.of(LanguageFixtures.text(KIND, language), language, SYMBOL);
        ParsedDocument d = PARSER.parse(LanguageFixtures.source(KIND + "-raw-" + language.code() + ".txt", raw));
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
        assertThat(d.work()).isEqualTo(clean.work());
        assertThat(citations(d)).containsExactlyElementsOf(citations(clean));
        assertThat(d.provisions()).extracting(Provision::text).containsExactlyElementsOf(
                clean.provisions().stream().map(Provision::text).toList());
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.PAGE_FURNITURE).isNotEmpty();
    }

    @Test
    void aReportWithoutItsSymbolCitesItsDraftsByItsFileAndTheSuppliedSymbolCarriesThemAlong() throws Exception {
        String text = LanguageFixtures.text(KIND, Language.ENGLISH).replaceFirst("^" + java.util.regex.Pattern.quote(SYMBOL) + "\\n", "");
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("commission-report.txt", text));
        assertThat(d.work()).hasToString("doc:commission-report");
        assertThat(citations(d)).contains("doc:commission-report draft res. I op. 2(a)", "doc:commission-report para. 4");
        ParsedDocument supplied = new Supplied(DocumentSymbol.parse(SYMBOL), null).applyTo(d);
        assertThat(citations(supplied)).containsExactlyElementsOf(expected("citations"));
    }

    @Test
    void aDraftPrintedAloneIsTheDraftDocumentNotADraftOfAReport() throws Exception {
        // The first draft without the report around it: no report paragraph recommends it, so it is read as the draft
        // itself (a resolution's structure), not as a reproduced draft.
        String text = LanguageFixtures.text(KIND, Language.ENGLISH);
        String alone = text.substring(text.indexOf("Draft resolution I\n"), text.indexOf("Draft resolution II\n"));
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("draft-alone.txt", alone));
        assertThat(d.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(d.provisions()).noneMatch(p -> p.citation().work() instanceof Work.ReproducedDraft);
        assertThat(d.provisions()).hasSize(6);
    }
}
