package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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

    @Test
    void aQueryNestedThousandsOfLevelsDeepIsRefusedInOneLineNotByAStackOverflow() {
        // With an operator the query goes to the classic parser, which descends once per level.
        String deep = "(".repeat(5000) + "migrants OR victimes" + ")".repeat(5000);
        assertThatThrownBy(() -> search.search(SearchRequest.of(deep)))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("its parentheses nest 5000 levels deep, more than the 32 allowed")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
    }

    @Test
    void parenthesesWithoutOperatorsAreTextAndNeverFailHoweverDeep() throws QuerySyntaxException {
        String plain = "(".repeat(5000) + "migrants" + ")".repeat(5000);
        assertThat(search.search(SearchRequest.of(plain)).total()).isEqualTo(search.search(SearchRequest.of("migrants")).total());
    }

    @Test
    void nestingUpToTheLimitStillSearchesAndParenthesesInPhrasesDoNotCount() throws QuerySyntaxException {
        String deepest = "(".repeat(QueryReader.MAX_DEPTH) + "migrants" + ")".repeat(QueryReader.MAX_DEPTH);
        assertThat(search.search(SearchRequest.of(deepest)).total()).isEqualTo(search.search(SearchRequest.of("migrants")).total());
        assertThat(QueryReader.depth("\"((((\" (a) \\( b")).isEqualTo(1);
    }

    @Test
    void aQuotedQueryShowsControlCharactersEscapedAndLongQueriesShortened() {
        assertThat(QueryReader.shown("a\u001b[2Jb")).isEqualTo("'a\\u001b[2Jb'");
        assertThat(QueryReader.shown("x".repeat(500))).isEqualTo("'" + "x".repeat(80) + "…' (500 characters)");
    }
}
