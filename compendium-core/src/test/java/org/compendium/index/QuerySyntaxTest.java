package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed queries get a message saying what to fix, never a parser dump. */
class QuerySyntaxTest {
    private final ProvisionSearch search = SeedIndex.search();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "unclosed          | a quotation mark is not closed
            AND AND            | AND, OR and NOT must stand between words
            (traite OR trafic  | the parentheses do not balance
            entraide AND       | AND, OR and NOT must stand between words
            foo:bar            | unknown field 'foo'
            body:WG.7 ]        | a character has a special meaning here
            """)
    void aMalformedQueryIsExplained(String query, String message) {
        assertThatThrownBy(() -> search.search(SearchRequest.of(query)))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining("Encountered")
                .hasMessageNotContaining("Was expecting");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nope", "text.fr"})
    void anUnknownFilterFieldIsExplained(String field) {
        assertThatThrownBy(() -> search.search(SearchRequest.of("migrants").withFilter(field, "x")))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("unknown filter field '" + field + "'");
    }
}
