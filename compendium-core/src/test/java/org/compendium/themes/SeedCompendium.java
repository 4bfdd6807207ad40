package org.compendium.themes;

import org.compendium.ingest.RejectedInputException;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;

/** The seed documents the theme tests need, parsed once per test JVM. */
final class SeedCompendium {
    static final ParsedDocument COMPENDIUM = parse(Corpus.COMPENDIUM_2021);
    static final ParsedDocument WG7_2021 = parse(Corpus.WG7_2021);

    private SeedCompendium() {
    }

    private static ParsedDocument parse(String name) {
        try {
            return new DocumentParser().parse(Corpus.text(name));
        } catch (RejectedInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
