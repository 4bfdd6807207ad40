/**
 * Export: parsed documents written out as JSON (the full documented contract) or CSV (one row per provision),
 * streamed one document at a time.
 *
 * <p>Owns: the JSON contract (field names, enum codes, nulls) and the CSV columns, in {@link
 * org.compendium.export.JsonExporter} and {@link org.compendium.export.CsvExporter}, both
 * {@link org.compendium.export.DocumentSink}s. Exporters take {@link org.compendium.model.ParsedDocument}s from any
 * source; where they come from is the caller's business.
 *
 * <p>Must not import: {@code org.compendium.store} (so exporting needs no database), {@code org.compendium.ingest},
 * {@code org.compendium.parse}, {@code java.sql}, any CLI or web framework.
 */
package org.compendium.export;
