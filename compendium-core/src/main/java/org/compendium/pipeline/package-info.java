/**
 * Pipeline: the application services that chain the stages — read ({@code ingest}), parse ({@code parse}) and save
 * ({@code store}) — for a list of files and folders, reporting on every file and counting what happened.
 *
 * <p>Owns: expanding folders into document files ({@link org.compendium.pipeline.SourceFiles}), the per-file
 * read → parse → save loop ({@link org.compendium.pipeline.Ingestion}) that never stops at a bad file, its
 * callbacks ({@link org.compendium.pipeline.IngestListener}) and its counters
 * ({@link org.compendium.pipeline.IngestReport}); keeping the search index in step with the store
 * ({@link org.compendium.pipeline.IndexingListener}) and rebuilding it from the store
 * ({@link org.compendium.pipeline.IndexRebuild}); the store's themes for the index
 * ({@link org.compendium.pipeline.StoredThemes}) and the index update after a theme change, with a writer held only
 * for that update ({@link org.compendium.pipeline.ThemeReindex}); catching a lagging index up with the store from the
 * store generation its last commit names ({@link org.compendium.pipeline.IndexCatchUp}), and, in a long-running
 * server, following what other processes write to the store ({@link org.compendium.pipeline.StoreFollower}); the
 * one-line summary of an ingested document ({@link org.compendium.pipeline.IngestSummary}).
 *
 * <p>Must not import: any CLI or web framework (picocli, Javalin), {@code java.sql}; it talks to the store only
 * through {@link org.compendium.store.DocumentStore} and to the index only through
 * {@link org.compendium.index.ProvisionIndex}.
 */
package org.compendium.pipeline;
