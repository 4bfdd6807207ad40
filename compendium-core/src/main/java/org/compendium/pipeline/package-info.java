/**
 * Pipeline: the application services that chain the stages — read ({@code ingest}), parse ({@code parse}) and save
 * ({@code store}) — for a list of files and folders, reporting on every file and counting what happened.
 *
 * <p>Owns: expanding folders into document files ({@link org.compendium.pipeline.SourceFiles}), the per-file
 * read → parse → save loop ({@link org.compendium.pipeline.Ingestion}) that never stops at a bad file, its
 * callbacks ({@link org.compendium.pipeline.IngestListener}) and its counters
 * ({@link org.compendium.pipeline.IngestReport}).
 *
 * <p>Must not import: any CLI or web framework (picocli, Javalin), {@code java.sql}; it talks to the store only
 * through {@link org.compendium.store.DocumentStore}.
 */
package org.compendium.pipeline;
