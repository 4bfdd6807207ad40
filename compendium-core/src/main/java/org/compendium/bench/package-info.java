/**
 * Bench: plain main classes that measure the pipeline on the seed corpus (throughput, heap, search relevance), run
 * by hand, not by the build (a test recomputes the relevance figures recorded in {@code regressions.properties}).
 *
 * <p>Owns: replaying the corpus at volume and reporting figures: ingest ({@code IngestBenchmark}), search speed
 * ({@code SearchBenchmark}, with its PostgreSQL full-text baseline), search relevance ({@code RelevanceBenchmark}
 * over the judged queries of {@code relevance-fr.tsv}, with a plain BM25 and a PostgreSQL baseline), publishing
 * ({@code PublishBenchmark}), the cost of durable saves ({@code DurabilityBenchmark}), ingest throughput on H2 and
 * PostgreSQL ({@code StoreBenchmark}), and the project's expected
 * figures ({@code Regressions}, read from {@code regressions.properties}). Uses {@code org.compendium.ingest},
 * {@code org.compendium.parse}, {@code org.compendium.index}, {@code org.compendium.store}, the application services
 * and (for the published index's judgments) {@code org.compendium.themes.IndexImport} through their public API only.
 *
 * <p>Must not import: any CLI or web framework; nothing in the core may import it.
 */
package org.compendium.bench;
