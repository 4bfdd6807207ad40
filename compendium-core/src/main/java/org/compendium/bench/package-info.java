/**
 * Bench: plain main classes that measure the pipeline on the seed corpus (throughput, heap, search relevance), run
 * by hand, not by the build (a test recomputes the relevance figures recorded in {@code regressions.properties}).
 *
 * <p>Owns: replaying the corpus at volume and reporting figures: ingest ({@code IngestBenchmark}), search speed
 * ({@code SearchBenchmark}, with its PostgreSQL full-text baseline) and search relevance ({@code RelevanceBenchmark}
 * over the judged queries of {@code relevance-fr.tsv}, with a plain BM25 and a PostgreSQL baseline). Uses
 * {@code org.compendium.ingest}, {@code org.compendium.parse}, {@code org.compendium.index} and (for the published
 * index's judgments) {@code org.compendium.themes.IndexImport} through their public API only.
 *
 * <p>Must not import: {@code org.compendium.store}, any CLI or web framework; nothing in the core may import it.
 */
package org.compendium.bench;
