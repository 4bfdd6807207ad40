package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceText;
import org.compendium.model.Body;
import org.compendium.model.BodyCoverage;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceFormat;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;

/** Structure reading on small documents written for these tests (not the seed corpus). */
class DocumentParserTest {
    private static ParsedDocument parse(String name, String text) throws RejectedInputException {
        return new DocumentParser().parse(new SourceText(name, SourceFormat.TEXT, text, "0".repeat(64), text.length()));
    }

    private static final String SMALL_REPORT = """
            Rapport de la réunion du Groupe de travail sur le trafic illicite de migrants tenue à Vienne les 2 et 3 mai 2030

             I. Introduction

            1. Le Groupe de travail s’est réuni à Vienne les 2 et 3 mai 2030.

             II. Recommandations

            2. À sa douzième réunion tenue à Vienne les 2 et 3 mai 2030, le Groupe de travail sur le trafic illicite
            de migrants a adopté les recommandations ci-après.

             A. Coopération

              Recommandation 1

            Les États parties devraient renforcer l ’entraide judiciaire , notamment avec l’Italie .

              Recommandation 2

            Les États parties devraient échanger des informations¹.
            __________________
             1  Voir le document CTOC/COP/WG.7/2030/2.
            https://intranet.example.org/docs/2030/page.html
            sur les itinéraires du trafic.

             B. Prévention

              Recommandation 3

            Les États parties devraient mener des campagnes.

            3. Les États ci-après, qui ne sont ni parties ni signataires, étaient représentés par des observateurs :
            Népal, Saint-Siège et Iran (République islamique d’).
            """;

    @Test
    void aSmallReportGivesCitedRecommendationsInTheirGroupsAndParagraphs() throws Exception {
        ParsedDocument d = parse("report.txt", SMALL_REPORT);
        assertThat(d.metadata().type()).isEqualTo(DocumentType.MEETING_REPORT);
        assertThat(d.metadata().body()).isEqualTo(Body.WG_SOM);
        assertThat(d.metadata().meeting()).isEqualTo(12);
        assertThat(d.provisions(ProvisionKind.RECOMMENDATION)).extracting(p -> p.citation().toString())
                .containsExactly("CTOC/COP/WG.7 meeting 12 rec. 1", "CTOC/COP/WG.7 meeting 12 rec. 2", "CTOC/COP/WG.7 meeting 12 rec. 3");
        assertThat(d.provisions(ProvisionKind.RECOMMENDATION)).extracting(p -> p.path().getFirst()).containsExactly("A", "A", "B");
        assertThat(d.provisions(ProvisionKind.PARAGRAPH)).extracting(Provision::number).containsExactly("1", "2", "3");
        assertThat(d.provisions().get(2).text()).isEqualTo("Les États parties devraient renforcer l’entraide judiciaire, notamment avec l’Italie.");
        assertThat(d.provisions().get(3).text()).as("the footnote block is cut out and the paragraph rejoined")
                .isEqualTo("Les États parties devraient échanger des informations. sur les itinéraires du trafic.");
        assertThat(d.segments()).anyMatch(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().equals("1") && s.text().contains("CTOC/COP/WG.7/2030/2"));
        assertThat(d.segments()).anyMatch(s -> s.kind() == SegmentKind.PAGE_FURNITURE && s.text().startsWith("https://intranet"));
        assertThat(d.metadata().participants()).extracting(p -> p.stateId()).containsExactly("NPL", "VAT", "IRN");
        assertThat(d.coverage().complete()).isTrue();
    }

    @Test
    void aMarkdownDecisionGivesLetteredParagraphsAndRomanSubParagraphs() throws Exception {
        String text = """
                ## Décision 9/9

                ### **Application du Protocole**

                *La Conférence des Parties à la Convention,*

                a) *Décide* de poursuivre ses travaux ;

                b) *Prie* le Secrétariat :

                - i)* De recueillir des informations ;
                - ii)* D’établir un rapport ;

                c) *Invite* les États à coopérer.
                """;
        ParsedDocument d = parse("decision.md", text);
        assertThat(d.metadata().type()).isEqualTo(DocumentType.DECISION);
        assertThat(d.provisions()).extracting(p -> p.citation().toString()).containsExactly(
                "COP dec. 9/9 (a)", "COP dec. 9/9 (b)", "COP dec. 9/9 (b)(i)", "COP dec. 9/9 (b)(ii)", "COP dec. 9/9 (c)");
        assertThat(d.provisions().get(0).leadingVerb()).isEqualTo("Décide");
        assertThat(d.provisions().get(2).text()).isEqualTo("De recueillir des informations ;");
        assertThat(d.coverage().complete()).isTrue();
    }

    @Test
    void textOfNoRecognisedTypeIsStoredAsUnstructuredTextWithAWarningAndNoCitation() throws Exception {
        ParsedDocument d = parse("notes.txt", "Liste de courses\n\npain, lait, fromage\n\n1. beurre\n");
        assertThat(d.unstructured()).isTrue();
        assertThat(d.provisions()).isEmpty();
        assertThat(d.work()).isEqualTo(Work.parse("doc:notes"));
        assertThat(d.segments()).extracting(s -> s.kind() + " " + s.text())
                .containsExactly("TEXT Liste de courses", "TEXT pain, lait, fromage", "TEXT 1. beurre");
        assertThat(d.warnings()).singleElement().asString()
                .startsWith("type not recognised: found no resolution or decision heading")
                .contains("stored as unstructured text");
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
        assertThat(d.body().describe()).isEqualTo("in provisions 0.00%, set aside 0.00%");
    }

    @Test
    void aRecognisedTypeWithoutItsUnitsIsStoredAsUnstructuredTextSayingWhatWasMissing() throws Exception {
        ParsedDocument d = parse("res.txt", "Résolution 12/9\n\nUn texte sans paragraphe numéroté ni alinéa.\n");
        assertThat(d.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(d.unstructured()).isTrue();
        assertThat(d.segments()).allSatisfy(s -> assertThat(s.kind()).isEqualTo(SegmentKind.TEXT));
        assertThat(d.warnings()).singleElement().asString()
                .startsWith("structure not recognised: read as resolution (in fr) but found none of its preambular or numbered operative paragraphs");
        assertThat(d.coverage().complete()).isTrue();
    }

    @Test
    void aDocumentWhoseBodyLargelyFallsOutsideProvisionsIsFlagged() throws Exception {
        String prose = "The Member States discussed the matter at length without reaching a common view on its scope.\n\n";
        ParsedDocument d = parse("a-res-80-5.txt", "A/RES/80/5\n\nThe General Assembly,\n\n1. Adopts the declaration annexed "
                + "to the present resolution.\n\nAnnex\n\n" + prose.repeat(6));
        assertThat(d.provisions()).hasSize(1);
        assertThat(d.body().outside()).isPositive();
        assertThat(d.body().largelyOutsideProvisions()).isTrue();
        assertThat(d.warnings()).singleElement().asString().startsWith("only ").contains("of the body text is inside provisions");
    }

    @Test
    void aWellReadDocumentHasNoWarningAndItsTwoCoverageFiguresAddUp() throws Exception {
        ParsedDocument d = new DocumentParser().parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH));
        assertThat(d.warnings()).isEmpty();
        assertThat(d.body().outside()).isZero();
        assertThat(d.body().inProvisions() + d.body().setAside()).isEqualTo(d.body().nonWhitespace());
        assertThat(d.body().largelyOutsideProvisions()).isFalse();
    }

    private static final String DECISION_EXCERPT = """
            United Nations                                              CTOC/COP/2030/15

            Conference of the Parties to the
            United Nations Convention against
            Transnational Organized Crime

            Report of the Conference of the Parties to the United Nations Convention against Transnational Organized
            Crime on its fifteenth session, held in Vienna from 14 to 18 October 2030

            I. Decisions adopted by the Conference

            Decision 15/1
            Dates and venue of the sixteenth session of the Conference

            The Conference of the Parties to the United Nations Convention against Transnational Organized Crime decides
            that its sixteenth session shall be held in Vienna from 11 to 15 October 2032.

            Decision 15/2
            Meetings of the working groups

            The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,
            Recalling its resolution 14/5 of 21 October 2028,
            1. Decides that the Working Group on Trafficking in Persons shall meet once before its sixteenth session;
            2. Requests the Secretariat to report to the Conference at its sixteenth session on the present decision.

            4th plenary meeting
            18 October 2030
            """;

    @Test
    void aOnePageExcerptIsNotFlaggedForItsMastheadAndTitles() throws Exception {
        ParsedDocument d = parse("decisions.txt", DECISION_EXCERPT);
        assertThat(d.provisions()).hasSize(4);
        // Masthead, title, headings and closing formula are half of such a page; nothing is lost, so nothing is flagged.
        assertThat(d.body().setAsideShare()).isGreaterThan(0.5);
        assertThat(d.body().mostlySetAside()).isFalse();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aDocumentWhoseTextIsMostlySetAsideIsFlagged() throws Exception {
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            notes.append(i).append(" See the report of the Secretariat on the implementation of the Protocol in the period under review, ")
                    .append("document CTOC/COP/WG.4/2030/").append(i).append(", paragraphs ").append(i).append(" to ").append(i + 9)
                    .append(", and the annexes thereto, as well as the earlier reports listed therein.\n");
        }
        String text = "Resolution 15/3\nImplementation of the Protocol\n\n"
                + "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n"
                + "Recalling its resolution 14/5,1\n1. Requests the Secretariat to continue its work;2\n"
                + "2. Decides to remain seized of the matter.\n\n__________________\n" + notes;
        ParsedDocument d = parse("notes.txt", text);
        assertThat(d.provisions()).hasSize(3);
        assertThat(d.body().setAside()).isGreaterThan(BodyCoverage.PAGE_OF_TEXT);
        assertThat(d.body().mostlySetAside()).isTrue();
        assertThat(d.warnings()).singleElement().asString().contains("of the text was set aside as headings, footnotes");
    }

    @Test
    void markupOnlyTextIsRejected() {
        assertThatThrownBy(() -> parse("empty.md", "**\n\n---\n\n* *\n"))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("empty.md");
    }
}
