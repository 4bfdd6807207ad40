package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many of a query's words a provision must have. */
class MinimumShouldMatchTest {
    @ParameterizedTest(name = "{0} words → {1}")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 2", "4, 3", "5, 3", "6, 3", "7, 4", "12, 6"})
    void mostWordsAreRequired(int words, int required) {
        assertThat(MinimumShouldMatch.of(words)).isEqualTo(required);
    }

    @ParameterizedTest(name = "{0} words → {1} first")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 2", "4, 0", "5, 0", "12, 0"})
    void onlyShortQueriesRankTheProvisionsHoldingMostWordsFirst(int words, int preferred) {
        assertThat(MinimumShouldMatch.preferred(words)).isEqualTo(preferred);
    }
}
