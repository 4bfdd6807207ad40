package org.compendium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.IngestReport;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;

/** The five seeds ingested into a temporary store and indexed from it, as `compendium index rebuild` does: built once per JVM. */
final class SeedIndex {
    private static Path data;
    private static IngestReport ingest;
    private static IndexRebuild.Report rebuild;
    private static ProvisionSearch search;

    private SeedIndex() {
    }

    /** The index folder, built on first use. */
    static synchronized Path folder() {
        if (data == null) {
            try {
                data = Files.createTempDirectory("compendium-search-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (DocumentStore store = DocumentStore.open(data);
                    ProvisionIndex index = ProvisionIndex.open(ProvisionIndex.folder(data))) {
                ingest = new Ingestion(new SourceReader(), new DocumentParser(), store)
                        .ingest(List.of(Corpus.dir()), IngestListener.NONE);
                rebuild = IndexRebuild.run(store, index, (i, n, doc, p) -> { });
            }
        }
        return ProvisionIndex.folder(data);
    }

    /** A search service over the seed index, shared by the tests and left open until the JVM ends. */
    static synchronized ProvisionSearch search() {
        if (search == null) {
            search = ProvisionSearch.open(folder());
        }
        return search;
    }

    static IndexRebuild.Report rebuild() {
        folder();
        return rebuild;
    }

    static IngestReport ingest() {
        folder();
        return ingest;
    }
}
