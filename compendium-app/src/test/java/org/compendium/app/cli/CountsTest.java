package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts printed by the commands: the noun is singular for exactly one. */
class CountsTest {
    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Counts.of(1, "document")).isEqualTo("1 document");
        assertThat(Counts.of(0, "document")).isEqualTo("0 documents");
        assertThat(Counts.of(2, "distinct provision")).isEqualTo("2 distinct provisions");
        assertThat(Counts.of(1L, "theme")).isEqualTo("1 theme");
        assertThat(Counts.of(3, "analysis", "analyses")).isEqualTo("3 analyses");
        assertThat(Counts.of(1, "analysis", "analyses")).isEqualTo("1 analysis");
    }
}
