/**
 * Ingest: bytes on disk to a {@link org.compendium.ingest.SourceText} (the exact text that source offsets point into).
 *
 * <p>Owns: format detection, decoding (UTF-8 text and Markdown, PDF via PDFBox, DOCX via POI), size and sanity limits,
 * and the clear rejection of bad input ({@link org.compendium.ingest.RejectedInputException}).
 * {@link org.compendium.ingest.SourceReader} is the entry point; the other classes do one step each.
 *
 * <p>Must not import: {@code org.compendium.parse}, {@code org.compendium.store}, any CLI or web framework.
 */
package org.compendium.ingest;
