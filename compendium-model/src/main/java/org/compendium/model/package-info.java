/**
 * The domain model: immutable records and value types describing UN outcome documents and their provisions.
 *
 * <p>Owns: documents, their metadata, provisions (recommendations, preambular and operative paragraphs, report
 * paragraphs), non-provision segments (headings, footnotes, page furniture), source spans and the identifier value
 * types ({@link org.compendium.model.DocumentSymbol}, {@link org.compendium.model.Citation}).
 *
 * <p>Must not import: anything outside {@code java.*}. No Lucene, JDBC, HTTP or CLI type crosses into this package.
 */
package org.compendium.model;
