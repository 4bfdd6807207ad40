package org.compendium.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;

/** The five seeds ingested into a temporary store and indexed, once per test JVM, left open until it ends. */
final class SeedLinks {
    private static DocumentStore store;
    private static ProvisionSearch search;

    private SeedLinks() {
    }

    static synchronized DocumentStore store() {
        if (store == null) {
            try {
                Path data = Files.createTempDirectory("compendium-links-");
                store = DocumentStore.open(data);
                try (ProvisionIndex index = ProvisionIndex.open(ProvisionIndex.folder(data))) {
                    new Ingestion(new SourceReader(), new DocumentParser(), store)
                            .ingest(List.of(Corpus.dir()), IngestListener.NONE);
                    IndexRebuild.run(store, index, (i, n, doc, p) -> { });
                }
                search = ProvisionSearch.open(ProvisionIndex.folder(data));
                LineageAtIngest.run(store, search);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    static synchronized ProvisionSearch search() {
        store();
        return search;
    }

    /** The text of the first stored provision with this citation. */
    static String text(String citation) {
        return store().findByCitation(org.compendium.model.Citation.parse(citation)).getFirst().provision().text();
    }
}
