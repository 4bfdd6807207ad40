package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** eIds: the AKN form and the citation form both round-trip. */
class EidTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rec_1                               | rec. 1
            rec_12                              | rec. 12
            rec_39                              | rec. 39
            rec_2__subpara_e                    | rec. 2(e)
            rec_3__subpara_a__subpara_ii        | rec. 3(a)(ii)
            rec_12bis                           | rec. 12 bis
            rec_a                               | rec. (a)
            rec_d                               | rec. (d)
            rec_b__subpara_ii                   | rec. (b)(ii)
            para_1                              | para. 1
            para_63                             | para. 63
            para_91                             | para. 91
            para_12ter                          | para. 12 ter
            para_7__subpara_c                   | para. 7(c)
            pp_1                                | pp. 1
            pp_5                                | pp. 5
            pp_32                               | pp. 32
            op_1                                | op. 1
            op_4__subpara_b                     | op. 4(b)
            op_9__subpara_d                     | op. 9(d)
            op_16                               | op. 16
            op_4__subpara_a__subpara_iii        | op. 4(a)(iii)
            op_2bis                             | op. 2 bis
            op_3quater                          | op. 3 quater
            op_10a                              | op. 10a
            op_a                                | (a)
            op_n__subpara_iii                   | (n)(iii)
            op_h__subpara_ii                    | (h)(ii)
            op_j                                | (j)
            op_aa                               | (aa)
            annex_1__para_18__subpara_c         | annex 1 para. 18(c)
            annex_1__para_8                     | annex 1 para. 8
            annex_2__art_3__para_a              | annex 2 art. 3(a)
            annex_1__op_3                       | annex 1 op. 3
            annex_1__pp_2                       | annex 1 pp. 2
            annex_2__annex_1__para_4            | annex 2 annex 1 para. 4
            art_5                               | art. 5
            art_6__para_1__subpara_a            | art. 6(1)(a)
            art_18__para_3__subpara_b           | art. 18(3)(b)
            art_3__para_a                       | art. 3(a)
            art_16__para_1__subpara_a__subpara_i | art. 16(1)(a)(i)
            rec_5__subpara_i                    | rec. 5(i)
            para_29                             | para. 29
            """)
    void eIdsPrintTheirCitationFormAndBothRoundTrip(String eId, String cited) {
        Eid e = Eid.parse(eId);
        assertThat(e).hasToString(eId);
        assertThat(Eid.parse(e.toString())).isEqualTo(e);
        assertThat(e.citationText()).isEqualTo(cited);
        assertThat(Eid.fromCitationText(cited)).isEqualTo(e);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            rec. b        | rec_b
            rec b         | rec_b
            REC. (C)      | rec_c
            rec.(a)(ii)   | rec_a__subpara_ii
            """)
    void aLetteredRecommendationIsReadWithOrWithoutItsBrackets(String typed, String eId) {
        // Before, rec_a printed as "rec. a", which did not parse back.
        assertThat(Eid.fromCitationText(typed)).hasToString(eId);
    }

    @Test
    void childrenAndParentsFollowTheStructure() {
        Eid op4 = Eid.of(Eid.Series.OPERATIVE, "4");
        assertThat(op4.child("b")).hasToString("op_4__subpara_b");
        assertThat(op4.child("b").parent()).isEqualTo(op4);
        assertThat(op4.parent()).isNull();
        assertThat(Eid.of(Eid.Series.ARTICLE, "6").child("1")).hasToString("art_6__para_1");
        assertThat(Eid.of(Eid.Series.PARAGRAPH, "18").inAnnex("I")).hasToString("annex_1__para_18");
        assertThat(op4.child("b").isWithin(op4)).isTrue();
        assertThat(op4.child("b").subdivisions()).containsExactly("b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rec", "rec_", "subpara_a", "annex_1", "rec_12__para_3", "foo_1", "rec_12_", "REC 12"})
    void malformedEidsAreRejected(String text) {
        assertThatThrownBy(() -> Eid.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartNumberIsReadByHandAsItsPatternReadsIt() {
        String[] pieces = {"0", "1", "9", "a", "b", "z", "A", "é", " ", "-", "bis", "ter", "quater", "quinquies", "sexies", "bi", "x"};
        java.util.Random random = new java.util.Random(20261203);
        int accepted = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0, n = random.nextInt(7); p < n; p++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            boolean expected = Eid.Part.numberPattern().matcher(s).matches();
            assertThat(Eid.Part.isNumber(s)).as("«" + s + "»").isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isBetween(1_000, 49_000);
    }

    @Test
    void aNumberIsNormalisedAsStripLowerAndRemovingRegexSpaces() {
        String[] pieces = {"1", "2", "B", "is", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "\u0130", "Ter"};
        java.util.Random random = new java.util.Random(20261204);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0, n = random.nextInt(8); p < n; p++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            assertThat(Eid.normalise(s)).as("«" + s + "»")
                    .isEqualTo(s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", ""));
        }
    }
}
