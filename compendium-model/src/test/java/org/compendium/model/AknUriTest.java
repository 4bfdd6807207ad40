package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** AKN4UN IRIs: parse and toString round-trip at work, expression and manifestation level. */
class AknUriTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /akn/un/statement/resolution/cop-ctoc/2022/11-5                      | statement | resolution | cop-ctoc | 2022       | 11-5 |     |            |      |
            /akn/un/statement/resolution/cop-ctoc/2022/11-5/fra@                 | statement | resolution | cop-ctoc | 2022       | 11-5 | fra |            |      |
            /akn/un/statement/resolution/cop-ctoc/2022/11-5/fra@/!main.xml       | statement | resolution | cop-ctoc | 2022       | 11-5 | fra |            | main | xml
            /akn/un/statement/decision/cop-ctoc/2004/1-6/fra@/!main.xml          | statement | decision   | cop-ctoc | 2004       | 1-6  | fra |            | main | xml
            /akn/un/doc/report/wg7-ctoc/2021-10-14/8/fra@                        | doc       | report     | wg7-ctoc | 2021-10-14 | 8    | fra |            |      |
            /akn/un/doc/report/cop-ctoc/2024-10-14/12/fra@2025-01-01/!main.xml   | doc       | report     | cop-ctoc | 2024-10-14 | 12   | fra | 2025-01-01 | main | xml
            /akn/un/doc/compendium/wg7-ctoc/2021/1-6/eng@/!main                  | doc       | compendium | wg7-ctoc | 2021       | 1-6  | eng |            | main |
            """)
    void parsesAndPrintsTheSameIri(String text, String type, String subtype, String actor, String date, String number,
                                   String language, String version, String component, String format) {
        AknUri uri = AknUri.parse(text);
        assertThat(uri.docType()).isEqualTo(type);
        assertThat(uri.subtype()).isEqualTo(subtype);
        assertThat(uri.actor()).isEqualTo(actor);
        assertThat(uri.date()).isEqualTo(date);
        assertThat(uri.number()).isEqualTo(number);
        assertThat(uri.language()).isEqualTo(language);
        assertThat(uri.version()).isEqualTo(language == null ? null : version == null ? "" : version);
        assertThat(uri.component()).isEqualTo(component);
        assertThat(uri.format()).isEqualTo(format);
        assertThat(uri.toString()).isEqualTo(text);
        assertThat(AknUri.parse(uri.toString())).isEqualTo(uri);
    }

    @Test
    void levelsDeriveFromTheWork() {
        AknUri work = AknUri.work("un", "statement", "resolution", "cop-ctoc", "2022", "11-5");
        assertThat(work.expression("fra").manifestation()).hasToString("/akn/un/statement/resolution/cop-ctoc/2022/11-5/fra@/!main.xml");
        assertThat(work.expression("fra").manifestation().workLevel()).isEqualTo(work);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/akn/un/bill/resolution/cop-ctoc/2022/11-5", "/akn/un/statement/resolution/cop-ctoc/22/11-5",
        "/akn/un/statement/resolution/COP/2022/11-5", "akn/un/statement/resolution/cop-ctoc/2022/11-5", "/akn/un/statement/resolution/cop-ctoc/2022"})
    void rejectsMalformedIris(String text) {
        assertThatThrownBy(() -> AknUri.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** One IRI per kind of work, each at work, expression, manifestation and provision level: 4 × 12 round trips. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            COP res. 11/5                          | 2022       | /akn/un/statement/deliberation/cop-ctoc/2022/11-5                               | op_4__subpara_b
            COP res. 6/3                           | 2012       | /akn/un/statement/deliberation/cop-ctoc/2012/6-3                                | pp_5
            COP dec. 2/4                           | 2005       | /akn/un/statement/deliberation/cop-ctoc/2005/2-4                                | op_n__subpara_iii
            CTOC/COP/WG.7 meeting 8                | 2021-10-14 | /akn/un/doc/report/wg7-ctoc/2021-10-14/8                                        | rec_12
            CTOC/COP/WG.4 meeting 9                | 2019-09-09 | /akn/un/doc/report/wg4-ctoc/2019-09-09/9                                        | para_63
            CTOC/COP session 11                    | 2022-10-17 | /akn/un/doc/report/cop-ctoc/2022-10-17/11                                       | para_7
            CTOC/COP session 12 report 2024-07-23  | 2024-07-23 | /akn/un/doc/report/cop-ctoc/2024-07-23/cop-session-12-report-2024-07-23         | para_29
            CTOC/COP/WG.7 compendium 2021          | 2021       | /akn/un/doc/compendium/wg7-ctoc/2021/wg7-compendium-2021                        | cop-res-6-3.op_3
            A/RES/80/9                             | 2025       | /akn/un/statement/resolution/un/2025/a-res-80-9                                 | annex_1__para_18__subpara_c
            CTOC/COP/2024/1                        | 2024       | /akn/un/doc/document/cop-ctoc/2024/ctoc-cop-2024-1                              | para_3
            SOM Protocol                           | 2000-11-15 | /akn/un/act/treaty/un/2000-11-15/som-protocol                                   | art_6__para_1__subpara_a
            doc:notes                              | 2026       | /akn/un/doc/document/un/2026/doc-notes                                          | para_1
            """)
    void everyKindOfWorkHasOneWorkIriSharedByItsLanguageVersions(String work, String date, String iri, String anchor) {
        AknUri uri = AknUri.of(Work.parse(work), date);
        assertThat(uri).hasToString(iri);
        for (AknUri level : java.util.List.of(uri, uri.expression(Language.FRENCH), uri.expression(Language.ARABIC).manifestation(),
                uri.expression(Language.FRENCH).manifestation().at(anchor))) {
            assertThat(AknUri.parse(level.toString())).isEqualTo(level);
            assertThat(level.workLevel()).isEqualTo(uri);
        }
        assertThat(uri.expression(Language.CHINESE).at(anchor)).hasToString(iri + "/zho@#" + anchor);
    }
}
