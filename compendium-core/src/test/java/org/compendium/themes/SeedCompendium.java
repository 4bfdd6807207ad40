package org.compendium.themes;

import org.compendium.ingest.RejectedInputException;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;

/** The seed documents the theme tests need, parsed once per test JVM. */
final class SeedCompendium {
    static final ParsedDocument COMPENDIUM = parse(Corpus.COMPENDIUM_2021);
    static final ParsedDocument WG7_2021 = parse(Corpus.WG7_2021);

    private SeedCompendium() {
    }

    /** A store in {@code dir} holding the compendium and the 2021 WG.7 report, with the compendium's index imported. */
    static DocumentStore storeWithIndex(java.nio.file.Path dir) {
        DocumentStore store = DocumentStore.open(dir);
        store.save(COMPENDIUM);
        store.save(WG7_2021);
        IndexImport.run(store, "test", java.time.Clock.fixed(java.time.Instant.parse("2025-01-02T03:04:05Z"),
                java.time.ZoneOffset.UTC));
        return store;
    }

    private static ParsedDocument parse(String name) {
        try {
            return new DocumentParser().parse(Corpus.text(name));
        } catch (RejectedInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
