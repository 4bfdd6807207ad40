package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.compendium.model.Language;
import org.compendium.model.Body;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.ParticipationRole;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Golden figures on the real French seed corpus: exact counts, citations and metadata that a person verified by reading. */
class CorpusGoldenTest {
    private static final DocumentParser PARSER = new DocumentParser();

    private static ParsedDocument parse(String name) throws Exception {
        return PARSER.parse(Corpus.text(name));
    }

    private static List<String> numbers(ParsedDocument d, ProvisionKind kind, Predicate<Provision> filter) {
        return d.provisions(kind).stream().filter(filter).map(Provision::number).toList();
    }

    private static List<String> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021, Corpus.WG7_2021, Corpus.SECRETARIAT_2024})
    void everyNonWhitespaceCharacterBelongsToExactlyOneNode(String name) throws Exception {
        ParsedDocument d = parse(name);
        assertThat(d.coverage().nonWhitespace()).isGreaterThan(10_000);
        assertThat(d.coverage().unassigned()).as("unassigned characters").isZero();
        assertThat(d.coverage().assignedTwice()).as("characters in two nodes").isZero();
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
    }

    @Test
    void traffickingReport2019HasItsMetadataRecommendationsAndParagraphs() throws Exception {
        ParsedDocument d = parse(Corpus.WG4_2019);
        var m = d.metadata();
        assertThat(m.type()).isEqualTo(DocumentType.MEETING_REPORT);
        assertThat(m.body()).isEqualTo(Body.WG_TIP);
        assertThat(m.meeting()).isEqualTo(9);
        assertThat(m.dates()).isEqualTo(new DateRange(LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 11)));
        assertThat(m.venue()).isEqualTo("Vienne");
        assertThat(m.language()).isEqualTo(Language.FRENCH);
        assertThat(m.symbol()).isNull();
        assertThat(numbers(d, ProvisionKind.RECOMMENDATION, p -> true)).containsExactlyElementsOf(range(1, 39));
        assertThat(numbers(d, ProvisionKind.RECOMMENDATION, p -> p.path().getFirst().equals("A"))).containsExactlyElementsOf(range(1, 18));
        assertThat(numbers(d, ProvisionKind.RECOMMENDATION, p -> p.path().getFirst().equals("B"))).containsExactlyElementsOf(range(19, 26));
        assertThat(numbers(d, ProvisionKind.RECOMMENDATION, p -> p.path().getFirst().equals("C"))).containsExactlyElementsOf(range(27, 39));
        assertThat(numbers(d, ProvisionKind.PARAGRAPH, p -> true)).containsExactlyElementsOf(range(1, 69));
        assertThat(d.provisions().getFirst().citation().toString()).isEqualTo("CTOC/COP/WG.4 meeting 9 para. 1");
        assertThat(m.agenda().stream().filter(a -> !a.number().contains(" ")).count()).isEqualTo(5);
        assertThat(m.agenda().getFirst().title()).isEqualTo("Questions d’organisation");
        assertThat(m.mentionedSymbols()).extracting(Object::toString)
                .contains("CTOC/COP/WG.4/2019/L.1", "CTOC/COP/WG.4/2019/2", "CTOC/COP/WG.4/2019/INF/1/Rev.1");
    }

    @Test
    void traffickingReport2019ListsItsParticipantsByStableIdentifier() throws Exception {
        var participants = parse(Corpus.WG4_2019).metadata().participants();
        Map<ParticipationRole, Long> byRole = participants.stream().collect(Collectors.groupingBy(p -> p.role(), Collectors.counting()));
        assertThat(byRole).containsEntry(ParticipationRole.PARTY, 86L).containsEntry(ParticipationRole.OBSERVER_STATE, 6L);
        assertThat(participants).filteredOn(p -> p.role() == ParticipationRole.PARTY).extracting(p -> p.paragraph()).containsOnly("63");
        assertThat(participants).filteredOn(p -> p.role() == ParticipationRole.PARTY).extracting(p -> p.stateId())
                .contains("EUE", "USA", "VEN", "BOL", "PSE").doesNotHaveDuplicates();
        assertThat(participants).filteredOn(p -> p.role() == ParticipationRole.OBSERVER_STATE).extracting(p -> p.stateId())
                .containsExactly("BRN", "IRN", "NPL", "PAK", "VAT", "YEM");
    }

    @Test
    void pdfArtefactsAreRepairedInProvisionText() throws Exception {
        ParsedDocument d = parse(Corpus.WG4_2019);
        Provision para4 = d.provisions().stream().filter(p -> p.citation().toString().equals("CTOC/COP/WG.4 meeting 9 para. 4")).findFirst().orElseThrow();
        assertThat(para4.text()).contains("d’examiner").doesNotContain("d ’examiner").doesNotContain("\n");
        Provision rec13 = d.provisions().stream().filter(p -> p.citation().toString().equals("CTOC/COP/WG.4 meeting 9 rec. 13")).findFirst().orElseThrow();
        assertThat(rec13.text()).contains("prestataires de services sociaux").doesNotContain("servic es");
        assertThat(rec13.label()).isEqualTo("Recommandation 13");
        assertThat(rec13.text()).startsWith("Les États parties devraient concevoir");
    }

    @Test
    void smugglingReport2021HasTwelveRecommendationsAndKeepsFootnotesOutOfProvisions() throws Exception {
        ParsedDocument d = parse(Corpus.WG7_2021);
        var m = d.metadata();
        assertThat(m.body()).isEqualTo(Body.WG_SOM);
        assertThat(m.meeting()).isEqualTo(8);
        assertThat(m.dates()).isEqualTo(new DateRange(LocalDate.of(2021, 10, 14), LocalDate.of(2021, 10, 15)));
        assertThat(numbers(d, ProvisionKind.RECOMMENDATION, p -> p.path().getFirst().equals("A"))).containsExactlyElementsOf(range(1, 5));
        assertThat(numbers(d, ProvisionKind.RECOMMENDATION, p -> p.path().getFirst().equals("B"))).containsExactlyElementsOf(range(6, 12));
        assertThat(numbers(d, ProvisionKind.PARAGRAPH, p -> true)).containsExactlyElementsOf(range(1, 41));
        assertThat(d.provisions()).noneMatch(p -> p.text().contains("sharepoint") || p.text().contains("undocs.org")
                || p.text().contains("www.unodc.org"));
        assertThat(d.segments()).anyMatch(s -> s.kind() == SegmentKind.FOOTNOTE && s.text().contains("www.unodc.org"));
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.PAGE_FURNITURE).hasSizeGreaterThanOrEqualTo(7);
        Provision para38 = d.provisions().stream().filter(p -> p.citation().toString().equals("CTOC/COP/WG.7 meeting 8 para. 38")).findFirst().orElseThrow();
        assertThat(para38.text()).contains("Bureau de la Conseillère spéciale du Secrétaire général pour la prévention du génocide");
        Map<ParticipationRole, Long> byRole = m.participants().stream().collect(Collectors.groupingBy(p -> p.role(), Collectors.counting()));
        assertThat(byRole).containsEntry(ParticipationRole.PARTY, 80L).containsEntry(ParticipationRole.SIGNATORY, 4L)
                .containsEntry(ParticipationRole.OBSERVER_STATE, 13L);
        assertThat(m.agenda().stream().filter(a -> !a.number().contains(" ")).count()).isEqualTo(5);
    }

    @Test
    void resolution11of5HasPreambularAndOperativeParagraphsWithLeadingVerbs() throws Exception {
        ParsedDocument d = parse(Corpus.RES_11_5);
        assertThat(d.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(d.metadata().resolutionNumber()).isEqualTo("11/5");
        assertThat(d.metadata().session()).isEqualTo(11);
        assertThat(d.provisions(ProvisionKind.PREAMBULAR)).hasSize(32).allMatch(p -> p.leadingVerb() != null);
        assertThat(d.provisions(ProvisionKind.PREAMBULAR)).extracting(Provision::leadingVerb)
                .startsWith("Réaffirmant", "Rappelant", "Ayant à l'esprit").contains("Prenant note avec satisfaction", "Rappelant en outre");
        assertThat(numbers(d, ProvisionKind.OPERATIVE, p -> true)).containsExactlyElementsOf(range(1, 21));
        assertThat(d.provisions(ProvisionKind.OPERATIVE)).extracting(Provision::leadingVerb)
                .startsWith("Prie instamment", "Se félicite", "Demande", "Demande également");
        assertThat(d.provisions(ProvisionKind.SUBPARAGRAPH)).extracting(p -> p.citation().toString()).containsExactly(
                "COP res. 11/5 op. 4(a)", "COP res. 11/5 op. 4(b)", "COP res. 11/5 op. 4(c)", "COP res. 11/5 op. 4(d)",
                "COP res. 11/5 op. 4(e)", "COP res. 11/5 op. 9(a)", "COP res. 11/5 op. 9(b)", "COP res. 11/5 op. 9(c)",
                "COP res. 11/5 op. 9(d)");
        Provision pp16 = d.provisions(ProvisionKind.PREAMBULAR).get(15);
        assertThat(pp16.spans()).as("a paragraph cut by a footnote block is rejoined").hasSize(2);
        assertThat(pp16.text()).contains("Rapport mondial sur la traite des personnes, qui contribue à mieux faire comprendre")
                .doesNotContain("survivantes").doesNotContain("*").doesNotContain("<sup>");
    }

    @Test
    void compendiumHasPartAByMeetingAndPartBBySession() throws Exception {
        ParsedDocument d = parse(Corpus.COMPENDIUM_2021);
        assertThat(d.metadata().type()).isEqualTo(DocumentType.COMPENDIUM);
        assertThat(d.metadata().body()).isEqualTo(Body.WG_SOM);
        Map<Integer, Long> perMeeting = d.provisions(ProvisionKind.RECOMMENDATION).stream()
                .collect(Collectors.groupingBy(Provision::meeting, java.util.TreeMap::new, Collectors.counting()));
        assertThat(perMeeting).containsExactly(Map.entry(1, 55L), Map.entry(2, 33L), Map.entry(3, 41L), Map.entry(4, 15L),
                Map.entry(5, 5L), Map.entry(6, 24L));
        assertThat(d.provisions(ProvisionKind.SUBPARAGRAPH)).filteredOn(p -> p.meeting() != null && p.meeting() == 5)
                .extracting(Provision::label).startsWith("V.1.a", "V.1.b", "V.1.c", "V.1.d", "V.2.a").contains("V.2.k", "V.4.e");
        Provision rec22 = d.provisions().stream().filter(p -> "I.22".equals(p.label())).findFirst().orElseThrow();
        assertThat(rec22.citation().toString()).isEqualTo("CTOC/COP/WG.7 meeting 1 rec. 22");
        Map<String, Long> perWork = d.provisions().stream().filter(p -> p.session() != null)
                .collect(Collectors.groupingBy(p -> p.citation().work().toString(), java.util.LinkedHashMap::new, Collectors.counting()));
        assertThat(perWork).containsExactly(Map.entry("COP dec. 1/6", 10L), Map.entry("COP dec. 2/4", 21L),
                Map.entry("COP dec. 3/3", 13L), Map.entry("COP dec. 4/5", 13L), Map.entry("COP res. 5/3", 25L),
                Map.entry("COP res. 6/3", 32L));
        assertThat(d.provisions()).extracting(p -> p.citation().toString())
                .contains("COP dec. 2/4 (n)(iii)", "COP dec. 1/6 (b)(iv)", "COP dec. 4/5 (j)(ii)", "COP res. 6/3 pp. 7", "COP res. 5/3 op. 24",
                        "COP res. 6/3 op. 9(c)")
                .doesNotContain("COP res. 6/3 pp. 8");
        Provision res63pp5 = d.provisions().stream().filter(p -> p.citation().toString().equals("COP res. 6/3 pp. 5")).findFirst().orElseThrow();
        assertThat(res63pp5.label()).isEqualTo("VI.al. 5");
        Provision res63pp1 = d.provisions().stream().filter(p -> p.citation().toString().equals("COP res. 6/3 pp. 1")).findFirst().orElseThrow();
        assertThat(res63pp1.text()).as("footnote interleaved mid-paragraph is removed and the paragraph rejoined")
                .doesNotContain("Recueil des Traités").contains("Nations Unies contre la criminalité transnationale organisée a été instituée");
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.INDEX_TABLE).hasSizeGreaterThan(300);
        assertThat(d.provisions()).as("Markdown italics and links are markup, not text").noneMatch(p -> p.text().contains("*")
                || p.text().contains("](#)") || p.text().contains("^{"));
        Provision res53op1 = d.provisions().stream().filter(p -> p.citation().toString().equals("COP res. 5/3 op. 1")).findFirst().orElseThrow();
        assertThat(res53op1.leadingVerb()).isEqualTo("Prie instamment");
    }

    @Test
    void secretariatReport2024HasNinetyOneParagraphsAndItsMentions() throws Exception {
        ParsedDocument d = parse(Corpus.SECRETARIAT_2024);
        var m = d.metadata();
        assertThat(m.type()).isEqualTo(DocumentType.SECRETARIAT_REPORT);
        assertThat(m.body()).isEqualTo(Body.COP);
        assertThat(m.session()).isEqualTo(12);
        assertThat(m.dates()).isEqualTo(new DateRange(LocalDate.of(2024, 10, 14), LocalDate.of(2024, 10, 18)));
        assertThat(numbers(d, ProvisionKind.PARAGRAPH, p -> true)).containsExactlyElementsOf(range(1, 91));
        assertThat(m.mentionedResolutions()).contains("11/5", "10/3");
        assertThat(m.mentionedSymbols()).extracting(Object::toString).contains("CTOC/COP/2024/1");
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.HEADING).extracting(s -> s.path())
                .contains(List.of("II", "A", "1"), List.of("III"));
    }
}
