package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The part B list of a working group (V13): added once, listed in the order added, removed; on both stores. */
class PartBStoreTest extends BothStores {
    @Test
    void aWorkIsListedOnceInTheOrderAddedAndRemoved() {
        try (DocumentStore store = open()) {
            assertThat(store.editions().partB("WG.4")).isEmpty();
            assertThat(store.editions().addToPartB("WG.4", "COP res. 13/4", "alice", Instant.parse("2026-01-01T10:00:00Z"))).isTrue();
            assertThat(store.editions().addToPartB("WG.4", "COP dec. 2/4", "bob", Instant.parse("2026-01-02T10:00:00Z"))).isTrue();
            assertThat(store.editions().addToPartB("WG.4", "COP res. 13/4", "bob", Instant.parse("2026-01-03T10:00:00Z"))).as("already listed").isFalse();
            assertThat(store.editions().addToPartB("WG.7", "COP res. 13/4", "alice", Instant.parse("2026-01-03T10:00:00Z"))).isTrue();
            assertThat(store.editions().partB("WG.4")).containsExactly("COP res. 13/4", "COP dec. 2/4");
        }
        try (DocumentStore store = open()) {
            assertThat(store.editions().removeFromPartB("WG.4", "COP res. 13/4", "carol", Instant.parse("2026-01-04T10:00:00Z"))).isTrue();
            assertThat(store.editions().removeFromPartB("WG.4", "COP res. 13/4", "carol", Instant.parse("2026-01-05T10:00:00Z"))).isFalse();
            assertThat(store.editions().partB("WG.4")).containsExactly("COP dec. 2/4");
            assertThat(store.editions().partB("WG.7")).containsExactly("COP res. 13/4");
        }
    }

    @Test
    void eachChangeOfTheListIsAuditedLikeAnEditorsThemeDecisionAndANoOpIsNot() {
        try (DocumentStore store = open()) {
            store.editions().addToPartB("WG.4", "COP res. 13/4", "alice", Instant.parse("2026-01-01T10:00:00Z"));
            store.editions().addToPartB("WG.4", "COP res. 13/4", "bob", Instant.parse("2026-01-02T10:00:00Z"));
            store.editions().removeFromPartB("WG.4", "COP res. 13/4", "carol", Instant.parse("2026-01-03T10:00:00Z"));
            store.editions().removeFromPartB("WG.4", "COP res. 13/4", "carol", Instant.parse("2026-01-04T10:00:00Z"));
            store.editions().removeFromPartB("WG.7", "COP dec. 2/4", "carol", Instant.parse("2026-01-04T10:00:00Z"));
        }
        try (DocumentStore store = open()) {
            assertThat(store.themes().audit()).extracting(a -> a.editor() + " " + a.at() + " " + a.action() + " " + a.citation() + ": "
                    + a.before() + " -> " + a.after()).containsExactly(
                    "alice 2026-01-01T10:00:00Z part-b-add COP res. 13/4: not in part B of WG.4 -> part B of WG.4",
                    "carol 2026-01-03T10:00:00Z part-b-remove COP res. 13/4: part B of WG.4 (added by alice) -> not in part B of WG.4");
        }
    }
}
