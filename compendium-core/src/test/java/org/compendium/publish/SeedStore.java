package org.compendium.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;
import org.compendium.themes.IndexImport;

/** A fresh store holding the five seeds and the imported index, as `compendium ingest` and `themes import` leave it. */
final class SeedStore {
    private SeedStore() {
    }

    /** Opens a new store in a new temporary folder; the caller closes it. */
    static DocumentStore open() {
        try {
            Path data = Files.createTempDirectory("compendium-publish-");
            DocumentStore store = DocumentStore.open(data);
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(Corpus.dir()), IngestListener.NONE);
            IndexImport.run(store, "test", Clock.systemUTC());
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
