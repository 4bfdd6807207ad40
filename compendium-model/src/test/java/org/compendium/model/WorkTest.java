package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Works: the citation form and the slug both round-trip, and say which kind of work they are. */
class WorkTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            COP res. 11/5                          | cop-res-11-5                        | CopInstrument      | COP
            COP res. 6/3                           | cop-res-6-3                         | CopInstrument      | COP
            COP res. 5/3                           | cop-res-5-3                         | CopInstrument      | COP
            COP res. 10/3                          | cop-res-10-3                        | CopInstrument      | COP
            COP res. 12/4                          | cop-res-12-4                        | CopInstrument      | COP
            COP dec. 1/6                           | cop-dec-1-6                         | CopInstrument      | COP
            COP dec. 2/4                           | cop-dec-2-4                         | CopInstrument      | COP
            COP dec. 3/3                           | cop-dec-3-3                         | CopInstrument      | COP
            COP dec. 4/5                           | cop-dec-4-5                         | CopInstrument      | COP
            CTOC/COP/WG.7 meeting 1                | wg7-meeting-1                       | MeetingReport      | WG_SOM
            CTOC/COP/WG.7 meeting 2                | wg7-meeting-2                       | MeetingReport      | WG_SOM
            CTOC/COP/WG.7 meeting 3                | wg7-meeting-3                       | MeetingReport      | WG_SOM
            CTOC/COP/WG.7 meeting 4                | wg7-meeting-4                       | MeetingReport      | WG_SOM
            CTOC/COP/WG.7 meeting 5                | wg7-meeting-5                       | MeetingReport      | WG_SOM
            CTOC/COP/WG.7 meeting 6                | wg7-meeting-6                       | MeetingReport      | WG_SOM
            CTOC/COP/WG.7 meeting 8                | wg7-meeting-8                       | MeetingReport      | WG_SOM
            CTOC/COP/WG.4 meeting 9                | wg4-meeting-9                       | MeetingReport      | WG_TIP
            CTOC/COP/WG.4 meeting 13               | wg4-meeting-13                      | MeetingReport      | WG_TIP
            CTOC/COP session 11                    | cop-session-11                      | MeetingReport      | COP
            CTOC/COP session 12 report 2024-07-23  | cop-session-12-report-2024-07-23    | SecretariatReport  | COP
            CTOC/COP session 12 report             | cop-session-12-report               | SecretariatReport  | COP
            CTOC/COP/WG.4 meeting 9 report 2019-06-28 | wg4-meeting-9-report-2019-06-28  | SecretariatReport  | WG_TIP
            CTOC/COP/WG.7 compendium 2021          | wg7-compendium-2021                 | CompendiumEdition  | WG_SOM
            CTOC/COP/WG.4 compendium 2025          | wg4-compendium-2025                 | CompendiumEdition  | WG_TIP
            UNTOC                                  | untoc                               | Treaty             |
            TIP Protocol                           | tip-protocol                        | Treaty             |
            SOM Protocol                           | som-protocol                        | Treaty             |
            Firearms Protocol                      | firearms-protocol                   | Treaty             |
            doc:report-2019                        | doc-report-2019                     | Unidentified       |
            doc:notes-de-travail                   | doc-notes-de-travail                | Unidentified       |
            COP res. 9/3                           | cop-res-9-3                         | CopInstrument      | COP
            CTOC/COP/WG.7 meeting 7                | wg7-meeting-7                       | MeetingReport      | WG_SOM
            CTOC/COP session 1                     | cop-session-1                       | MeetingReport      | COP
            CTOC/COP session 13 draft res. I       | cop-session-13-draft-res-i          | ReproducedDraft    | COP
            CTOC/COP session 13 draft dec. XII     | cop-session-13-draft-dec-xii        | ReproducedDraft    | COP
            CTOC/COP/WG.4 meeting 9 draft res.     | wg4-meeting-9-draft-res             | ReproducedDraft    | WG_TIP
            """)
    void worksPrintAndParseBackAndSoDoTheirSlugs(String text, String slug, String kind, Body body) {
        Work work = Work.parse(text);
        assertThat(work.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(work).hasToString(text);
        assertThat(work.slug()).isEqualTo(slug);
        assertThat(work.body()).isEqualTo(body);
        assertThat(Work.parse(work.toString())).isEqualTo(work);
        assertThat(Work.fromSlug(work.slug())).isEqualTo(work);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A/RES/80/9                | a-res-80-9              | UnResolution
            A/RES/70/1                | a-res-70-1              | UnResolution
            A/RES/55/25               | a-res-55-25             | UnResolution
            S/RES/2331                | s-res-2331              | UnResolution
            E/RES/2024/12             | e-res-2024-12           | UnResolution
            CTOC/COP/WG.7/2021/3      | ctoc-cop-wg-7-2021-3    | SymbolDocument
            CTOC/COP/WG.4/2019/L.1    | ctoc-cop-wg-4-2019-l-1  | SymbolDocument
            CTOC/COP/2024/1           | ctoc-cop-2024-1         | SymbolDocument
            CTOC/COP/WG.7/2021/INF/1  | ctoc-cop-wg-7-2021-inf-1 | SymbolDocument
            E/CN.15/2030/17 draft res. I   | e-cn-15-2030-17-draft-res-i   | ReproducedDraft
            E/CN.15/2030/17 draft dec. II  | e-cn-15-2030-17-draft-dec-ii  | ReproducedDraft
            E/2030/30 draft res. IV        | e-2030-30-draft-res-iv        | ReproducedDraft
            doc:notes draft res. I         | doc-notes-draft-res-i         | ReproducedDraft
            """)
    void worksKnownBySymbolPrintTheirSymbol(String text, String slug, String kind) {
        Work work = Work.parse(text);
        assertThat(work.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(work).hasToString(text);
        assertThat(work.slug()).isEqualTo(slug);
        assertThat(Work.parse(work.toString())).isEqualTo(work);
    }

    @Test
    void twoMeetingsOfOneYearAreTwoWorks() {
        assertThat(new Work.MeetingReport(Body.WG_TIP, 9)).isNotEqualTo(new Work.MeetingReport(Body.WG_TIP, 10));
        assertThat(new Work.SecretariatReport(Body.COP, 12, LocalDate.of(2024, 7, 23)))
                .isNotEqualTo(new Work.SecretariatReport(Body.COP, 12, LocalDate.of(2024, 7, 30)));
    }

    @Test
    void aWorkGivesItsMeetingOrSessionForGrouping() {
        assertThat(Work.parse("COP res. 6/3").meetingOrSession()).isEqualTo(6);
        assertThat(Work.parse("CTOC/COP/WG.7 meeting 4").meetingOrSession()).isEqualTo(4);
        assertThat(Work.parse("A/RES/80/9").meetingOrSession()).isNull();
    }

    @Test
    void aReproducedDraftHasNoNumberOfItsOwnAndIsCitedByItsReport() {
        Work draft = Work.parse("e/cn.15/2030/17  Draft Res ii");
        assertThat(draft).isEqualTo(new Work.ReproducedDraft(Work.parse("E/CN.15/2030/17"), Work.InstrumentKind.RESOLUTION, "II"));
        assertThat(draft).hasToString("E/CN.15/2030/17 draft res. II");
        assertThat(draft.meetingOrSession()).isNull();
        assertThat(((Work.ReproducedDraft) draft).withReport(Work.parse("E/CN.15/2030/18"))).hasToString("E/CN.15/2030/18 draft res. II");
        // A file named like a draft's slug stays the file's work: only a report whose slug reads back gives a draft.
        assertThat(Work.fromSlug("doc-notes-draft-res-i")).isEqualTo(new Work.Unidentified("notes-draft-res-i"));
        assertThat(Work.parse("doc:notes-draft-res-i")).isEqualTo(new Work.Unidentified("notes-draft-res-i"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "COP", "COP res. 11", "CTOC/COP/WG.7 session 3", "CTOC/COP meeting 3", "hello", "doc:",
        "draft res. I", "E/CN.15/2030/17 draft res. I draft res. II", "E/CN.15/2030/17 draft res. 2", "E/CN.15/2030/17 draft"})
    void malformedWorksAreRejected(String text) {
        assertThatThrownBy(() -> Work.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnidentifiedWorkIsNamedAfterItsFile() {
        assertThat(Work.Unidentified.ofFile("Rapport Final (v2).PDF")).hasToString("doc:rapport-final-v2-");
    }
}
