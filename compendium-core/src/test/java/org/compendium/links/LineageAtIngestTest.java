package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compendium.bench.Regressions;
import org.compendium.model.Citation;
import org.compendium.store.DocumentFilter;
import org.junit.jupiter.api.Test;

/** Lineage found at ingest and served from the store, against the same lineage computed on demand over the seeds. */
class LineageAtIngestTest {
    private static List<Citation> citations() {
        Set<Citation> out = new LinkedHashSet<>();
        SeedLinks.store().forEach(DocumentFilter.ALL, d -> d.provisions().forEach(p -> out.add(p.citation())));
        return List.copyOf(out);
    }

    private static Set<Lineage.Pair> pairs(Lineage lineage) {
        Set<Lineage.Pair> out = new LinkedHashSet<>();
        for (Citation c : citations()) {
            lineage.of(c).ifPresent(t -> {
                t.ancestors().forEach(l -> out.add(l.pair()));
                t.descendants().forEach(l -> out.add(l.pair()));
            });
        }
        return out;
    }

    @Test
    void theStoredLineageIsTheComputedOne() {
        Lineage stored = Lineage.settled(SeedLinks.store(), SeedLinks.search());
        Lineage computed = new Lineage(SeedLinks.search(), WorkDates.of(SeedLinks.store()));
        Set<Lineage.Pair> fromStore = pairs(stored);
        assertThat(SeedLinks.store().lineage().pending()).isEmpty();
        Regressions.assertCount("links.lineage.at-ingest.rows", SeedLinks.store().lineage().all().size());
        Regressions.assertCount("links.lineage.found", fromStore.size());
        assertThat(fromStore).isEqualTo(pairs(computed));
    }
}
