/**
 * Publishing: the compendium and its thematic index as an edition, assembled from the store, and its renderings.
 *
 * <p>Owns: the edition model ({@link org.compendium.publish.Edition} and its parts), its assembly from stored documents
 * and themes ({@link org.compendium.publish.EditionBuilder}), and the renderers, one per
 * {@link org.compendium.publish.PublishFormat} (HTML, PDF through openhtmltopdf, DOCX through Apache POI, Markdown,
 * JSON, CSV of the index rows), chosen by an exhaustive switch in {@link org.compendium.publish.Publisher}.
 *
 * <p>Reads the store through {@link org.compendium.store.DocumentStore} and its theme store only. Must not import: any
 * CLI or web framework (picocli, Javalin), {@code java.sql}, {@code org.compendium.ingest} or {@code org.compendium.parse}
 * internals (the pure French helpers of {@code org.compendium.parse.french} are allowed), Lucene.
 */
package org.compendium.publish;
