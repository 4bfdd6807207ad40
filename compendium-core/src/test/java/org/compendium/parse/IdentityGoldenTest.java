package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.compendium.ingest.SourceText;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.Eid;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.SourceFormat;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The identity the parser gives the seeds and documents like them: works, eIds, symbols, and never a guessed one. */
class IdentityGoldenTest {
    private static final DocumentParser PARSER = new DocumentParser();

    private static ParsedDocument seed(String name) throws Exception {
        return PARSER.parse(Corpus.text(name));
    }

    private static ParsedDocument parse(String name, String text) throws Exception {
        return PARSER.parse(new SourceText(name, SourceFormat.TEXT, text, "0".repeat(64), text.length()));
    }

    @Test
    void eachSeedIsTheWorkItSaysItIsInFrench() throws Exception {
        assertThat(seed(Corpus.WG4_2019).work()).isEqualTo(new Work.MeetingReport(Body.WG_TIP, 9));
        assertThat(seed(Corpus.RES_11_5).work()).isEqualTo(new Work.CopInstrument(Work.InstrumentKind.RESOLUTION, 11, 5));
        assertThat(seed(Corpus.COMPENDIUM_2021).work()).isEqualTo(new Work.CompendiumEdition(Body.WG_SOM, 2021));
        assertThat(seed(Corpus.WG7_2021).work()).isEqualTo(new Work.MeetingReport(Body.WG_SOM, 8));
        assertThat(seed(Corpus.SECRETARIAT_2024).work()).isEqualTo(new Work.SecretariatReport(Body.COP, 12, LocalDate.of(2024, 7, 23)));
        for (String name : new String[] {Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021, Corpus.WG7_2021, Corpus.SECRETARIAT_2024}) {
            assertThat(seed(name).metadata().language()).as(name).isEqualTo(Language.FRENCH);
        }
    }

    @Test
    void theSeedsHoldTheRecordedNumbersOfProvisionsAndOfWorksTheyCite() throws Exception {
        Set<Work> works = new HashSet<>();
        long provisions = 0;
        String[] seeds = {Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021, Corpus.WG7_2021, Corpus.SECRETARIAT_2024};
        for (String name : seeds) {
            ParsedDocument d = seed(name);
            provisions += d.provisions().size();
            d.provisions().forEach(p -> works.add(p.citation().work()));
        }
        org.compendium.bench.Regressions.assertCount("corpus.files", seeds.length);
        org.compendium.bench.Regressions.assertCount("corpus.provisions", provisions);
        org.compendium.bench.Regressions.assertCount("identity.seed.cited-works", works.size());
    }

    @Test
    void noSeedPrintsItsOwnSymbolSoNoneIsGuessed() throws Exception {
        for (String name : new String[] {Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021, Corpus.WG7_2021, Corpus.SECRETARIAT_2024}) {
            assertThat(seed(name).metadata().symbol()).as(name).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021, Corpus.WG7_2021, Corpus.SECRETARIAT_2024})
    void everySeedProvisionHasAnEidUniqueInItsDocumentAndItsCitationRoundTrips(String name) throws Exception {
        ParsedDocument d = seed(name);
        Set<String> anchors = new HashSet<>();
        for (Provision p : d.provisions()) {
            assertThat(p.eId()).isNotNull();
            assertThat(Eid.parse(p.eId().toString())).isEqualTo(p.eId());
            assertThat(Citation.parse(p.citation().toString())).isEqualTo(p.citation());
            assertThat(anchors.add(p.citation().anchorIn(d.work()))).as("anchor of " + p.citation()).isTrue();
            // An eId follows the document's own numbering: the provision's number is its last level.
            assertThat(p.eId().parts().getLast().number()).isEqualTo(p.number().toLowerCase(java.util.Locale.ROOT).replace(" ", ""));
        }
    }

    @Test
    void theResolutionCitesAsBeforeAndTheReportsByMeeting() throws Exception {
        assertThat(seed(Corpus.RES_11_5).provisions()).extracting(p -> p.citation().toString())
                .contains("COP res. 11/5 pp. 1", "COP res. 11/5 op. 4(b)", "COP res. 11/5 op. 9(d)");
        assertThat(seed(Corpus.RES_11_5).provisions()).extracting(p -> p.eId().toString())
                .contains("pp_1", "op_4__subpara_b", "op_9__subpara_d");
        assertThat(seed(Corpus.WG4_2019).provisions()).extracting(p -> p.citation().toString())
                .contains("CTOC/COP/WG.4 meeting 9 rec. 39", "CTOC/COP/WG.4 meeting 9 para. 69");
        assertThat(seed(Corpus.WG7_2021).provisions()).extracting(p -> p.citation().toString())
                .contains("CTOC/COP/WG.7 meeting 8 rec. 12", "CTOC/COP/WG.7 meeting 8 para. 41");
        assertThat(seed(Corpus.COMPENDIUM_2021).provisions()).extracting(p -> p.citation().toString())
                .contains("CTOC/COP/WG.7 meeting 1 rec. 20", "CTOC/COP/WG.7 meeting 6 rec. 24", "COP dec. 2/4 (n)(iii)", "COP res. 6/3 op. 3");
    }

    private static String report(int meetingOrdinalIndex, String dates) {
        String[] ordinals = {"neuvième", "dixième"};
        return """
                Rapport de la réunion du Groupe de travail sur la traite des personnes tenue à Vienne %s

                 I. Recommandations

                1. À sa %s réunion, tenue à Vienne %s, le Groupe de travail sur la traite des personnes a adopté les
                recommandations ci-après.

                  Recommandation 1

                Les États parties devraient renforcer la coopération.
                """.formatted(dates, ordinals[meetingOrdinalIndex], dates);
    }

    @Test
    void twoMeetingsOfOneBodyInOneYearGetDistinctCitations() throws Exception {
        ParsedDocument ninth = parse("ninth.txt", report(0, "du 3 au 5 mars 2030"));
        ParsedDocument tenth = parse("tenth.txt", report(1, "du 8 au 10 octobre 2030"));
        assertThat(ninth.metadata().year()).isEqualTo(tenth.metadata().year());
        assertThat(ninth.work()).isEqualTo(new Work.MeetingReport(Body.WG_TIP, 9));
        assertThat(tenth.work()).isEqualTo(new Work.MeetingReport(Body.WG_TIP, 10));
        assertThat(ninth.provisions().getLast().citation()).hasToString("CTOC/COP/WG.4 meeting 9 rec. 1");
        assertThat(tenth.provisions().getLast().citation()).hasToString("CTOC/COP/WG.4 meeting 10 rec. 1");
    }

    @Test
    void aSymbolPrintedAsARunningHeaderIsTheDocumentsOwn() throws Exception {
        String text = report(0, "du 3 au 5 mars 2030").replace("\n\n  Recommandation 1",
                "\n\nCTOC/COP/WG.4/2030/2\n\n  Recommandation 1") + "\nCTOC/COP/WG.4/2030/2\n";
        ParsedDocument d = parse("with-header.txt", text);
        assertThat(d.metadata().symbol()).isEqualTo(new DocumentSymbol("CTOC/COP/WG.4/2030/2"));
        // A meeting is identified by body and number: a symbol found later does not change its citations.
        assertThat(d.work()).isEqualTo(new Work.MeetingReport(Body.WG_TIP, 9));
    }

    @Test
    void aDocumentThatSaysNothingOfWhatItIsIsNamedAfterItsFileNotGivenAMadeUpSymbol() throws Exception {
        ParsedDocument d = parse("Notes de travail.txt", """
                Notes

                1. Les États parties devraient renforcer la coopération.

                2. Les États parties devraient échanger des informations.
                """);
        assertThat(d.work()).isInstanceOf(Work.Unidentified.class).hasToString("doc:notes-de-travail");
        // Its type was not recognised: it is kept as unstructured text, and its numbered lines are not cited as
        // paragraphs of a work made up from the file name.
        assertThat(d.unstructured()).isTrue();
        assertThat(d.provisions()).isEmpty();
        assertThat(d.warnings()).singleElement().asString().startsWith("type not recognised");
    }
}
