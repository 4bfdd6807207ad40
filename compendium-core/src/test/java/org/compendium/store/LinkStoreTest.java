package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Editors' link decisions on each store: replaced by the next on the same link, read by type, audited. */
class LinkStoreTest extends BothStores {
    private static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-03T10:00:00Z");

    @Test
    void aDecisionReplacesTheEarlierOneOnTheSameLinkAndEachIsAudited() {
        try (DocumentStore store = open()) {
            LinkStore links = store.links();
            links.decide(new LinkStore.Decision("lineage", "COP res. 5/3 op. 24", "COP res. 6/3 op. 22",
                    LinkStore.Verdict.CONFIRMED, "alice", T1), "found");
            links.decide(new LinkStore.Decision("lineage", "COP res. 5/3 op. 24", "COP res. 6/3 op. 22",
                    LinkStore.Verdict.REJECTED, "bob", T2), "confirmed by alice");
            links.decide(new LinkStore.Decision("reference", "COP res. 11/5 pp. 5", "COP dec. 3/3",
                    LinkStore.Verdict.REJECTED, "alice", T1), "found");
            assertThat(links.decisions("lineage")).containsExactly(new LinkStore.Decision("lineage", "COP res. 5/3 op. 24",
                    "COP res. 6/3 op. 22", LinkStore.Verdict.REJECTED, "bob", T2));
            assertThat(links.decisions("reference")).hasSize(1);
            assertThat(links.decisions("delivery")).isEmpty();
            assertThat(store.themes().audit()).extracting(e -> e.action() + " " + e.citation() + " " + e.before() + " → " + e.after())
                    .containsExactly(
                            "confirm-lineage COP res. 5/3 op. 24 found → confirmed lineage → COP res. 6/3 op. 22",
                            "reject-lineage COP res. 5/3 op. 24 confirmed by alice → rejected lineage → COP res. 6/3 op. 22",
                            "reject-reference COP res. 11/5 pp. 5 found → rejected reference → COP dec. 3/3");
        }
        try (DocumentStore reopened = open()) {
            assertThat(reopened.links().decisions("lineage")).extracting(LinkStore.Decision::verdict)
                    .containsExactly(LinkStore.Verdict.REJECTED);
        }
    }
}
