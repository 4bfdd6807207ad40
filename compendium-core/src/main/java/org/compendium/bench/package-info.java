/**
 * Bench: plain main classes that measure the pipeline on the seed corpus (throughput, heap), run by hand, not by
 * the build.
 *
 * <p>Owns: replaying the corpus at volume and reporting figures: ingest ({@code IngestBenchmark}) and search
 * ({@code SearchBenchmark}, with its PostgreSQL full-text baseline). Uses {@code org.compendium.ingest},
 * {@code org.compendium.parse} and {@code org.compendium.index} through their public API only.
 *
 * <p>Must not import: {@code org.compendium.store}, any CLI or web framework; nothing in the core may import it.
 */
package org.compendium.bench;
