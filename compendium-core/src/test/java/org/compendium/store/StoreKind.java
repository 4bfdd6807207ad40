package org.compendium.store;

/** The two databases a store can live in; the store tests run on each ({@link BothStores}). */
public enum StoreKind {
    /** The embedded H2 store in a data folder. */
    H2,
    /** A PostgreSQL database: the test server named by {@code COMPENDIUM_TEST_POSTGRES} ({@link TestStores}). */
    POSTGRESQL
}
