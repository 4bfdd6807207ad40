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
}
