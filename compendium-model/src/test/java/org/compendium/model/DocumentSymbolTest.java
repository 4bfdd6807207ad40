package org.compendium.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which symbols are of the limited series that drafts are issued in, and which body each belongs to. */
class DocumentSymbolTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CTOC/COP/2026/L.4               | true  | COP
            CTOC/COP/2026/L.4/Rev.1         | true  | COP
            CTOC/COP/WG.4/2019/L.1/Add.1    | true  | WG.4
            A/C.3/80/L.12                   | true  |
            A/80/L.5                        | true  |
            CTOC/COP/2024/2                 | false | COP
            CTOC/COP/WG.7/2021/3            | false | WG.7
            A/RES/80/123                    | false |
            E/CN.15/2024/L.1/Corr.1         | true  |
            CTOC/COP/2024/CRP.1             | false | COP
            """)
    void limitedSeriesAndBody(String symbol, boolean draft, String body) {
        DocumentSymbol s = DocumentSymbol.parse(symbol);
        assertThat(s.isDraft()).isEqualTo(draft);
        assertThat(s.body() == null ? null : s.body().code()).isEqualTo(body);
    }
}
