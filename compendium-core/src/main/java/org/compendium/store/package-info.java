/**
 * Store: the database (plain JDBC) that keeps parsed documents between runs — embedded H2 in a data folder, or
 * PostgreSQL for a shared server ({@link org.compendium.store.StoreLocation}; what differs between the two is in
 * {@code Dialect}).
 *
 * <p>Owns: the schema and its versioned migrations ({@code db/compendium/V*__*.sql}, applied by Flyway), saving a
 * {@link org.compendium.model.ParsedDocument} in one transaction (re-ingest replaces, never duplicates), listing and
 * filtering documents, reloading them exactly, and looking provisions up by citation; durability (every write
 * transaction on disk before it returns, {@link org.compendium.store.Durability}), refusing a damaged store at open,
 * sharing an embedded store that a server holds with the other processes on its data folder (loopback only,
 * {@code StoreSharing}), scratch PostgreSQL databases for tests and benchmarks ({@link org.compendium.store.ScratchDatabases}), and
 * the store generation raised with every change the search index shows ({@link org.compendium.store.StoreChanges}).
 * The table groups of other areas are views on the store's one connection: {@link org.compendium.store.ThemeStore},
 * {@link org.compendium.store.EditorStore} (editors' accounts),
 * {@link org.compendium.store.LinkStore}, {@link org.compendium.store.LineageStore}, {@link org.compendium.store.EditionStore}.
 * JDBC and Flyway types stay in
 * this package: callers see records ({@link org.compendium.store.DocumentSummary},
 * {@link org.compendium.store.ProvisionHit}) and {@link org.compendium.store.StoreException}.
 *
 * <p>Must not import: {@code org.compendium.ingest}, {@code org.compendium.parse}, {@code org.compendium.export},
 * any index, CLI or web framework.
 */
package org.compendium.store;
