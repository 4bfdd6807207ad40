package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CTOC/COP/WG.7/2021 rec. 12      | CTOC/COP/WG.7/2021 | rec  | 12 |
            CTOC/COP/WG.4/2019 para. 63     | CTOC/COP/WG.4/2019 | para | 63 |
            COP res. 11/5 op. 4(b)          | COP res. 11/5      | op   | 4  | b
            COP res. 6/3 pp. 5              | COP res. 6/3       | pp   | 5  |
            COP dec. 2/4 (n)(iii)           | COP dec. 2/4       |      | n  | iii
            CTOC/COP/WG.7/2018 rec. 2(a)    | CTOC/COP/WG.7/2018 | rec  | 2  | a
            """)
    void canonicalCitationsParseIntoTheirPartsAndRoundTrip(String text, String work, String designator, String number, String sub) {
        Citation c = Citation.parse(text);
        assertThat(c.work()).isEqualTo(work);
        assertThat(c.designator()).isEqualTo(designator == null ? "" : designator);
        assertThat(c.number()).isEqualTo(number);
        assertThat(c.subdivisions()).containsExactlyElementsOf(sub == null ? java.util.List.of() : java.util.List.of(sub));
        assertThat(c.toString()).isEqualTo(text);
        assertThat(Citation.parse(c.toString())).isEqualTo(c);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cop res 11/5 op 4 (b)        | COP res. 11/5 op. 4(b)
            COP  RES. 11/5   OP. 4(B)    | COP res. 11/5 op. 4(b)
            ctoc/cop/wg.7/2021 rec 12    | CTOC/COP/WG.7/2021 rec. 12
            COP dec 2/4 (n) iii)         | COP dec. 2/4 (n)(iii)
            """)
    void looselyTypedCitationsAreCanonicalised(String typed, String canonical) {
        assertThat(Citation.parse(typed).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rec. 12", "COP res. 11/5", "COP res. 11/5 art. 4", "hello world"})
    void malformedCitationsAreRejectedWithAnExample(String text) {
        assertThatThrownBy(() -> Citation.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected e.g.");
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
