package org.compendium.app.cli;

import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreLocation;

/**
 * The objects the commands work with, built once by {@code Main} and handed to every command's constructor.
 *
 * @param stores   opens the store at a location (embedded in a data folder, or PostgreSQL)
 * @param reader   the ingest stage
 * @param parser   the parse stage
 * @param terminal  whether stderr is a terminal, so progress can be redrawn in place
 * @param passwords where editors' passwords come from (never a command-line argument)
 */
public record Services(StoreOpener stores, SourceReader reader, DocumentParser parser, boolean terminal,
                       PasswordSource passwords) {
    /** Opens the store at a location; {@code DocumentStore::open} in production. */
    @FunctionalInterface
    public interface StoreOpener {
        DocumentStore open(StoreLocation location);
    }

    /** Services whose passwords come from {@code COMPENDIUM_PASSWORD} or standard input. */
    public Services(StoreOpener stores, SourceReader reader, DocumentParser parser, boolean terminal) {
        this(stores, reader, parser, terminal, PasswordSource.ENVIRONMENT_OR_STDIN);
    }

    public Services {
        if (stores == null || reader == null || parser == null || passwords == null) {
            throw new IllegalArgumentException("the commands need a store opener, a reader and a parser");
        }
    }
}
