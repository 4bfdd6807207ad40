package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Citation;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexingListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lineage found at ingest, one document at a time and newest first (so that each document ingested becomes the
 * ancestor of those stored before it), then a document replaced by a changed copy: the stored lineage is at every
 * step the lineage computed on demand over the same documents.
 */
class LineageReingestTest {
    @TempDir
    Path data;
    @TempDir
    Path changed;

    private static final String OP_21 = "21. *Invite* les États parties et les autres donateurs à fournir des ressources "
            + "extrabudgétaires à ces fins, conformément aux règles et procédures de l'Organisation des Nations Unies.";

    @Test
    void documentsIngestedOneByOneNewestFirstAndOneReplacedKeepTheStoredLineageTheComputedOne() throws IOException {
        List<String> newestFirst = List.of(Corpus.SECRETARIAT_2024, Corpus.WG7_2021, Corpus.RES_11_5, Corpus.COMPENDIUM_2021,
                Corpus.WG4_2019);
        try (DocumentStore store = DocumentStore.open(data)) {
            ProvisionSearch search = null;
            try {
                for (String name : newestFirst) {
                    search = ingest(store, search, Corpus.file(name));
                }
                assertThat(store.lineage().pending()).isEmpty();
                Set<Lineage.Pair> first = stored(store, search);
                assertThat(first).isEqualTo(computed(store, search))
                        .contains(new Lineage.Pair(Citation.parse("COP res. 6/3 op. 22"), Citation.parse("COP res. 11/5 op. 21")));

                // res. 11/5 again, its op. 21 no longer the formula of res. 6/3 op. 22: that link goes, the others stay.
                String text = Files.readString(Corpus.file(Corpus.RES_11_5), StandardCharsets.UTF_8);
                assertThat(text).contains(OP_21);
                Path copy = changed.resolve(Corpus.RES_11_5);
                Files.writeString(copy, text.replace(OP_21, "21. *Décide* de poursuivre l'examen de la question à sa "
                        + "douzième session."), StandardCharsets.UTF_8);
                search = ingest(store, search, copy);
                Set<Lineage.Pair> after = stored(store, search);
                assertThat(after).isEqualTo(computed(store, search))
                        .doesNotContain(new Lineage.Pair(Citation.parse("COP res. 6/3 op. 22"), Citation.parse("COP res. 11/5 op. 21")));
                Set<Lineage.Pair> lost = new LinkedHashSet<>(first);
                lost.removeAll(after);
                assertThat(lost).containsExactly(new Lineage.Pair(Citation.parse("COP res. 6/3 op. 22"),
                        Citation.parse("COP res. 11/5 op. 21")));
            } finally {
                if (search != null) {
                    search.close();
                }
            }
        }
    }

    /** Ingests one file as `compendium ingest` does: stored, indexed, committed, then its lineage found. */
    static ProvisionSearch ingest(DocumentStore store, ProvisionSearch search, Path file) {
        try (ProvisionIndex index = ProvisionIndex.open(ProvisionIndex.folder(store.dataDir()))) {
            IndexingListener indexing = new IndexingListener(index);
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(file), indexing);
            assertThat(indexing.commit(store.generation()).failures()).isEmpty();
        }
        ProvisionSearch s = search == null ? ProvisionSearch.open(ProvisionIndex.folder(store.dataDir())) : search;
        s.refresh();
        LineageAtIngest.Report r = LineageAtIngest.run(store, s);
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.pending()).isZero();
        return s;
    }

    private static Set<Lineage.Pair> stored(DocumentStore store, ProvisionSearch search) {
        return pairs(store, Lineage.settled(store, search));
    }

    private static Set<Lineage.Pair> computed(DocumentStore store, ProvisionSearch search) {
        return pairs(store, new Lineage(search, WorkDates.of(store)));
    }

    static Set<Lineage.Pair> pairs(DocumentStore store, Lineage lineage) {
        Set<Citation> citations = new LinkedHashSet<>();
        store.forEach(DocumentFilter.ALL, d -> d.provisions().forEach(p -> citations.add(p.citation())));
        Set<Lineage.Pair> out = new LinkedHashSet<>();
        for (Citation c : citations) {
            lineage.of(c).ifPresent(t -> {
                t.ancestors().forEach(l -> out.add(l.pair()));
                t.descendants().forEach(l -> out.add(l.pair()));
            });
        }
        return out;
    }
}
