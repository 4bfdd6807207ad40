/**
 * Publishing: the compendium and its thematic index as an edition in one of the six UN languages, assembled from the
 * store, and its renderings.
 *
 * <p>Owns: the edition model ({@link org.compendium.publish.Edition} and its parts), its assembly from stored documents
 * and themes ({@link org.compendium.publish.EditionBuilder}), the alignment of a work's language versions by eId
 * ({@link org.compendium.publish.LanguageVersions}), the interface texts of each language
 * ({@link org.compendium.publish.EditionTexts}, one bundle {@code edition_xx.properties} per language) and the front
 * matter, which instruments belong in part B (the rule, {@link org.compendium.publish.EditionSubjects}, and the
 * editors' {@link org.compendium.publish.PartBList}), recorded editions and their change log, and the renderers, one
 * per {@link org.compendium.publish.PublishFormat} (HTML from the JTE templates of {@code src/main/jte}, precompiled into
 * this package with HTML escaping, PDF from that HTML through openhtmltopdf with ICU4J for bidi, Arabic shaping
 * and line breaking, DOCX through Apache POI, Markdown, JSON, CSV of the index rows through Jackson), chosen by an
 * exhaustive switch in {@link org.compendium.publish.Publisher}.
 *
 * <p>Reads the store through {@link org.compendium.store.DocumentStore} and its theme store only; authenticates editors
 * through {@code org.compendium.themes}. Must not import: any CLI or web framework (picocli, Javalin), {@code java.sql},
 * {@code org.compendium.ingest} or the {@code org.compendium.parse} structure readers (the pure language tables of
 * {@code org.compendium.parse.french} and {@code org.compendium.parse.grammar} are allowed), Lucene.
 */
package org.compendium.publish;
