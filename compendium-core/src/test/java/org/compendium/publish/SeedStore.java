package org.compendium.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreLocation;
import org.compendium.themes.IndexImport;

/** A fresh store holding the five seeds and the imported index, as `compendium ingest` and `themes import` leave it. */
final class SeedStore {
    private SeedStore() {
    }

    /** Opens a new embedded store in a new temporary folder; the caller closes it. */
    static DocumentStore open() {
        try {
            return open(StoreLocation.embedded(Files.createTempDirectory("compendium-publish-")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the new, empty store at {@code location} (a {@code BothStores} test's) and opens it; the caller closes it. */
    static DocumentStore open(StoreLocation location) {
        DocumentStore store = DocumentStore.open(location);
        new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(Corpus.dir()), IngestListener.NONE);
        IndexImport.run(store, "test", Clock.systemUTC());
        return store;
    }
}
