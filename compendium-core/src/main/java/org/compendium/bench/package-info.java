/**
 * Bench: plain main classes that measure the pipeline on the seed corpus (throughput, heap), run by hand, not by
 * the build.
 *
 * <p>Owns: replaying the corpus at volume and reporting figures: ingest ({@code IngestBenchmark}) and search
 * ({@code SearchBenchmark}, with its PostgreSQL full-text baseline), publishing ({@code PublishBenchmark}) and the
 * cost of durable saves ({@code DurabilityBenchmark}). Uses {@code org.compendium.ingest}, {@code org.compendium.parse},
 * {@code org.compendium.index}, {@code org.compendium.store} and the application services through their public API
 * only.
 *
 * <p>Must not import: any CLI or web framework; nothing in the core may import it.
 */
package org.compendium.bench;
