package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceText;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceFormat;
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
    void textWithNoRecognisableStructureIsRejectedWithTheFileNameAndWhatToDo() {
        assertThatThrownBy(() -> parse("notes.txt", "Liste de courses\n\npain, lait, fromage\n"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("notes.txt")
                .hasMessageContaining("no recognisable structure")
                .hasMessageContaining("Check that this is a UN report");
    }

    @Test
    void markupOnlyTextIsRejected() {
        assertThatThrownBy(() -> parse("empty.md", "**\n\n---\n\n* *\n"))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("empty.md");
    }
}
