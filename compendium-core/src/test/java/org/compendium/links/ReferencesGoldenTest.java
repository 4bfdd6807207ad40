package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.bench.Regressions;
import org.compendium.model.Citation;
import org.compendium.store.DocumentFilter;
import org.compendium.store.ProvisionHit;
import org.junit.jupiter.api.Test;

/** The references of the seeds: exact lists for chosen provisions (references-gold.tsv) and the totals. */
class ReferencesGoldenTest {
    private final ProvisionReferences references = new ProvisionReferences(SeedLinks.store());

    @Test
    void chosenProvisionsHaveExactlyTheirGoldReferences() throws IOException {
        Map<String, List<String>> gold = gold();
        assertThat(gold).hasSizeGreaterThanOrEqualTo(15);
        gold.forEach((citation, expected) -> {
            List<ProvisionReferences.Found> found = references.of(Citation.parse(citation));
            assertThat(found).as(citation).isNotEmpty();
            assertThat(found.getFirst().references()).as(citation).extracting(
                    r -> r.type().code() + "\t" + r.target() + "\t" + (r.resolved() ? "resolved" : "unresolved"))
                    .containsExactlyElementsOf(expected);
        });
    }

    @Test
    void theSeedsHoldThisManyReferencesAndThisManyResolve() {
        int total = 0;
        int resolved = 0;
        int unread = 0;
        for (var summary : SeedLinks.store().list(DocumentFilter.ALL)) {
            var doc = SeedLinks.store().findDocument(summary.id()).orElseThrow();
            for (int i = 0; i < doc.provisions().size(); i++) {
                var found = references.of(new ProvisionHit(summary, i, doc.provisions().get(i)));
                unread += found.language().isEmpty() ? 1 : 0;
                total += found.references().size();
                resolved += (int) found.references().stream().filter(Reference::resolved).count();
            }
        }
        assertThat(unread).as("provisions in a language without reference data").isZero();
        Regressions.assertCount("links.references.total", total);
        Regressions.assertCount("links.references.resolved", resolved);
    }

    private static Map<String, List<String>> gold() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = ReferencesGoldenTest.class.getResourceAsStream("references-gold.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1] + "\t" + cols[2] + "\t" + cols[3]);
            }
        }
        return out;
    }
}
