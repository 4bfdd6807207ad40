package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Citations: work + eId, printed and parsed back, over every form the seeds, the compendium index and UN texts use. */
class CitationTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CTOC/COP/WG.7 meeting 8 rec. 12                 | CTOC/COP/WG.7 meeting 8                | rec_12
            CTOC/COP/WG.7 meeting 8 para. 41                | CTOC/COP/WG.7 meeting 8                | para_41
            CTOC/COP/WG.4 meeting 9 para. 63                | CTOC/COP/WG.4 meeting 9                | para_63
            CTOC/COP/WG.4 meeting 9 rec. 39                 | CTOC/COP/WG.4 meeting 9                | rec_39
            CTOC/COP/WG.7 meeting 1 rec. 20                 | CTOC/COP/WG.7 meeting 1                | rec_20
            CTOC/COP/WG.7 meeting 5 rec. 2(e)               | CTOC/COP/WG.7 meeting 5                | rec_2__subpara_e
            CTOC/COP/WG.7 meeting 6 rec. 24                 | CTOC/COP/WG.7 meeting 6                | rec_24
            CTOC/COP/WG.4 meeting 10 rec. 3(a)(ii)          | CTOC/COP/WG.4 meeting 10               | rec_3__subpara_a__subpara_ii
            CTOC/COP/WG.7 meeting 8 rec. 12 bis             | CTOC/COP/WG.7 meeting 8                | rec_12bis
            CTOC/COP/WG.7 meeting 11 rec. (a)               | CTOC/COP/WG.7 meeting 11               | rec_a
            CTOC/COP/WG.7 meeting 11 rec. (d)(ii)           | CTOC/COP/WG.7 meeting 11               | rec_d__subpara_ii
            CTOC/COP/WG.4 meeting 9 para. 12 ter            | CTOC/COP/WG.4 meeting 9                | para_12ter
            COP res. 11/5 op. 4(b)                          | COP res. 11/5                          | op_4__subpara_b
            COP res. 11/5 op. 9(d)                          | COP res. 11/5                          | op_9__subpara_d
            COP res. 11/5 op. 16                            | COP res. 11/5                          | op_16
            COP res. 11/5 pp. 1                             | COP res. 11/5                          | pp_1
            COP res. 11/5 pp. 32                            | COP res. 11/5                          | pp_32
            COP res. 6/3 pp. 5                              | COP res. 6/3                           | pp_5
            COP res. 6/3 op. 3                              | COP res. 6/3                           | op_3
            COP res. 5/3 op. 7                              | COP res. 5/3                           | op_7
            COP res. 5/3 op. 4(a)(iii)                      | COP res. 5/3                           | op_4__subpara_a__subpara_iii
            COP res. 10/3 op. 2 bis                         | COP res. 10/3                          | op_2bis
            COP dec. 2/4 (n)(iii)                           | COP dec. 2/4                           | op_n__subpara_iii
            COP dec. 2/4 (a)                                | COP dec. 2/4                           | op_a
            COP dec. 1/6 (j)                                | COP dec. 1/6                           | op_j
            COP dec. 3/3 (b)                                | COP dec. 3/3                           | op_b
            COP dec. 4/5 (h)(ii)                            | COP dec. 4/5                           | op_h__subpara_ii
            COP dec. 4/5 op. 1                              | COP dec. 4/5                           | op_1
            CTOC/COP session 12 report 2024-07-23 para. 29  | CTOC/COP session 12 report 2024-07-23  | para_29
            CTOC/COP session 12 report para. 91             | CTOC/COP session 12 report             | para_91
            CTOC/COP/WG.7 meeting 8 report para. 3          | CTOC/COP/WG.7 meeting 8 report         | para_3
            CTOC/COP session 11 para. 7                     | CTOC/COP session 11                    | para_7
            CTOC/COP/WG.7/2021/3 rec. 12                    | CTOC/COP/WG.7/2021/3                   | rec_12
            CTOC/COP/WG.4/2019/L.1 para. 5                  | CTOC/COP/WG.4/2019/L.1                 | para_5
            CTOC/COP/2024/1 para. 3                         | CTOC/COP/2024/1                        | para_3
            A/RES/80/9 op. 6                                | A/RES/80/9                             | op_6
            A/RES/80/9 pp. 2                                | A/RES/80/9                             | pp_2
            A/RES/80/9 annex 1 para. 18(c)                  | A/RES/80/9                             | annex_1__para_18__subpara_c
            A/RES/70/1 annex 1 para. 8                      | A/RES/70/1                             | annex_1__para_8
            A/RES/55/25 annex 2 art. 3(a)                   | A/RES/55/25                            | annex_2__art_3__para_a
            UNTOC art. 18(3)(b)                             | UNTOC                                  | art_18__para_3__subpara_b
            SOM Protocol art. 6(1)(a)                       | SOM Protocol                           | art_6__para_1__subpara_a
            TIP Protocol art. 3(a)                          | TIP Protocol                           | art_3__para_a
            Firearms Protocol art. 5                        | Firearms Protocol                      | art_5
            CTOC/COP/WG.7 compendium 2021 para. 4           | CTOC/COP/WG.7 compendium 2021          | para_4
            doc:report-2019 para. 3                         | doc:report-2019                        | para_3
            E/CN.15/2030/17 draft res. I op. 2(a)           | E/CN.15/2030/17 draft res. I           | op_2__subpara_a
            E/CN.15/2030/17 draft res. III pp. 1            | E/CN.15/2030/17 draft res. III         | pp_1
            E/CN.15/2030/17 draft dec. I (b)                | E/CN.15/2030/17 draft dec. I           | op_b
            E/CN.15/2030/17 draft res. op. 1                | E/CN.15/2030/17 draft res.             | op_1
            CTOC/COP/2030/15 draft res. II annex 1 para. 3  | CTOC/COP/2030/15 draft res. II         | annex_1__para_3
            doc:commission-report draft dec. I op. 1        | doc:commission-report draft dec. I     | op_1
            """)
    void citationsAreAWorkAndAnEidAndRoundTrip(String text, String work, String eId) {
        Citation c = Citation.parse(text);
        assertThat(c.work()).hasToString(work);
        assertThat(c.eId()).hasToString(eId);
        assertThat(c).hasToString(text);
        assertThat(Citation.parse(c.toString())).isEqualTo(c);
        assertThat(Citation.of(Work.parse(work), Eid.parse(eId))).isEqualTo(c);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cop res 11/5 op 4 (b)                | COP res. 11/5 op. 4(b)
            COP  RES. 11/5   OP. 4(B)            | COP res. 11/5 op. 4(b)
            ctoc/cop/wg.7 meeting 8 rec 12       | CTOC/COP/WG.7 meeting 8 rec. 12
            WG.7 meeting 8 rec. 12               | CTOC/COP/WG.7 meeting 8 rec. 12
            COP dec 2/4 (n) iii)                 | COP dec. 2/4 (n)(iii)
            COP session 11 para 7                | CTOC/COP session 11 para. 7
            som protocol art 6 (1)(a)            | SOM Protocol art. 6(1)(a)
            a/res/80/9 annex I para. 18 (c)      | A/RES/80/9 annex 1 para. 18(c)
            COP res. 10/3 op. 2bis               | COP res. 10/3 op. 2 bis
            ctoc/cop/wg.7/2021 rec. 12           | CTOC/COP/WG.7/2021 rec. 12
            e/cn.15/2030/17 draft res ii op 1    | E/CN.15/2030/17 draft res. II op. 1
            E/CN.15/2030/17 DRAFT DEC. I (b)     | E/CN.15/2030/17 draft dec. I (b)
            """)
    void looselyTypedCitationsAreCanonicalised(String typed, String canonical) {
        assertThat(Citation.parse(typed)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rec. 12", "COP res. 11/5", "COP res. 11/5 chapter 4", "hello world", "COP meeting 3 rec. 1",
        "CTOC/COP/WG.7 session 2 rec. 1"})
    void malformedCitationsAreRejectedWithAnExample(String text) {
        assertThatThrownBy(() -> Citation.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected e.g.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            COP res. 11/5 op. 4(b)           | COP res. 11/5            | op_4__subpara_b
            COP res. 6/3 op. 3               | CTOC/COP/WG.7 compendium 2021 | cop-res-6-3.op_3
            CTOC/COP/WG.7 meeting 1 rec. 2   | CTOC/COP/WG.7 compendium 2021 | wg7-meeting-1.rec_2
            """)
    void anchorsAreTheEidInItsOwnWorkAndPrefixedByTheWorkElsewhere(String citation, String documentWork, String anchor) {
        assertThat(Citation.parse(citation).anchorIn(Work.parse(documentWork))).isEqualTo(anchor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CTOC/COP/WG.7/2021/3            | CTOC/COP/WG.7/2021/3    | WG_SOM
            CTOC/COP/WG.4/ 2019/2           | CTOC/COP/WG.4/2019/2    | WG_TIP
            CTOC/COP/WG.4/2019/L.1/Add.1    | CTOC/COP/WG.4/2019/L.1/Add.1 | WG_TIP
            CTOC/COP/2024/1                 | CTOC/COP/2024/1         | COP
            """)
    void documentSymbolsNormaliseExtractionSpacesAndKnowTheirBody(String text, String value, Body body) {
        DocumentSymbol s = DocumentSymbol.parse(text);
        assertThat(s.value()).isEqualTo(value);
        assertThat(s.body()).isEqualTo(body);
        assertThat(DocumentSymbol.parse(s.toString())).isEqualTo(s);
    }
}
