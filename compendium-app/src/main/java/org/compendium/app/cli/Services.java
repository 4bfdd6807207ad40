package org.compendium.app.cli;

import java.nio.file.Path;
import org.compendium.index.ThemeLookup;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;

/**
 * The objects the commands work with, built once by {@code Main} and handed to every command's constructor.
 *
 * @param stores   opens the store in a data folder
 * @param reader   the ingest stage
 * @param parser   the parse stage
 * @param terminal whether stderr is a terminal, so progress can be redrawn in place
 * @param themes   the themes of a provision for the search index ({@link ThemeLookup#NONE} until themes are wired)
 */
public record Services(StoreOpener stores, SourceReader reader, DocumentParser parser, boolean terminal,
        ThemeLookup themes) {
    /** Opens the store of a data folder; {@code DocumentStore::open} in production. */
    @FunctionalInterface
    public interface StoreOpener {
        DocumentStore open(Path dataDir);
    }

    public Services {
        if (stores == null || reader == null || parser == null) {
            throw new IllegalArgumentException("the commands need a store opener, a reader and a parser");
        }
        themes = themes == null ? ThemeLookup.NONE : themes;
    }

    /** Services without themes. */
    public Services(StoreOpener stores, SourceReader reader, DocumentParser parser, boolean terminal) {
        this(stores, reader, parser, terminal, ThemeLookup.NONE);
    }
}
