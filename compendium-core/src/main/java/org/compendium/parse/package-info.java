/**
 * Parse: a {@link org.compendium.ingest.SourceText} to a {@link org.compendium.model.ParsedDocument}.
 *
 * <p>Owns: the line model of a source ({@link org.compendium.parse.SourceLines}), normalisation with an offset map
 * back to the source ({@link org.compendium.parse.TextNormalizer}), recognition of the document type and metadata,
 * and the structure readers of each UN document type (meeting reports, resolutions and decisions, compendiums,
 * Secretariat reports, session reports with the instruments and drafts they reproduce, and what those reports
 * recommend for each draft: {@link org.compendium.parse.DraftRecommendations}), with the gates that keep their line patterns off lines that cannot start them
 * ({@link org.compendium.parse.LineGate}). Every non-whitespace source character ends up in exactly one provision or
 * segment; the {@link org.compendium.parse.NodeCollector} measures that.
 *
 * <p>Must not import: {@code org.compendium.store}, {@code org.compendium.export}, JDBC, Lucene, HTTP or CLI types.
 */
package org.compendium.parse;
