/**
 * Benchmarks of the web server: the load test ({@link org.compendium.web.bench.LoadBenchmark}), which starts a server
 * over the seeds on the loopback interface and measures concurrent clients' throughput, errors and latencies.
 *
 * <p>Owns measuring only: it wires the server as {@code serve} does and must not be imported by the server's own
 * packages.
 */
package org.compendium.web.bench;
