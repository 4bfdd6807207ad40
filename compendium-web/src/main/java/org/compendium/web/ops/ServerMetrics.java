package org.compendium.web.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The server's metrics, served at {@code /metrics} in the Prometheus text exposition format: requests by route,
 * method and status ({@code compendium_http_requests_total}), their latency by route
 * ({@code compendium_http_request_duration_seconds}, a histogram), documents ingested through the server by
 * outcome ({@code compendium_ingest_documents_total}), and what the store and index hold, read at each scrape
 * ({@code compendium_store_documents}, {@code compendium_store_provisions}, {@code compendium_store_generation},
 * {@code compendium_index_provisions}, {@code compendium_data_bytes} by part).
 *
 * <p>A route is the matched route pattern ({@code /provisions/{citation}}), never the request's own path, so the
 * number of series stays bounded whatever clients send; unmatched requests count as {@code unmatched}.
 */
public final class ServerMetrics {
    /** Latency buckets in seconds: from a cached page to a cold PDF edition. */
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram latency;
    private final Counter ingested;

    /**
     * What the gauges read at each scrape.
     *
     * @param documents  stored documents
     * @param provisions stored provisions
     * @param generation the store generation
     * @param indexed    provisions in the search index (-1 without one)
     * @param dataDir    the data folder, whose database file and index folder are measured
     */
    public record Sources(LongSupplier documents, LongSupplier provisions, LongSupplier generation, LongSupplier indexed,
                          Path dataDir) {
    }

    public ServerMetrics(Sources sources) {
        requests = Counter.builder().name("compendium_http_requests_total").help("HTTP requests answered")
                .labelNames("route", "method", "status").register(registry);
        latency = Histogram.builder().name("compendium_http_request_duration_seconds")
                .help("Time to answer an HTTP request").classicOnly().classicUpperBounds(BUCKETS).labelNames("route")
                .register(registry);
        ingested = Counter.builder().name("compendium_ingest_documents_total")
                .help("Documents ingested through the server (uploads), by outcome").labelNames("outcome")
                .register(registry);
        gauge("compendium_store_documents", "Documents in the store", sources.documents());
        gauge("compendium_store_provisions", "Provisions in the store", sources.provisions());
        gauge("compendium_store_generation", "The store generation (raised by every change the index shows)",
                sources.generation());
        gauge("compendium_index_provisions", "Provisions in the search index (-1: no index)", sources.indexed());
        GaugeWithCallback.builder().name("compendium_data_bytes").help("Bytes on disk of the data folder, by part")
                .labelNames("part").callback(cb -> {
                    cb.call(size(sources.dataDir().resolve("compendium.mv.db")), "store");
                    cb.call(size(sources.dataDir().resolve("index")), "index");
                }).register(registry);
    }

    private void gauge(String name, String help, LongSupplier value) {
        GaugeWithCallback.builder().name(name).help(help).callback(cb -> cb.call(value.getAsLong())).register(registry);
    }

    /** Counts one answered request. */
    public void request(String route, String method, int status, double seconds) {
        String r = route == null || route.isEmpty() ? "unmatched" : route;
        requests.labelValues(r, method, Integer.toString(status)).inc();
        latency.labelValues(r).observe(seconds);
    }

    /** Counts one document ingested through the server: {@code ok}, {@code rejected} or {@code failed}. */
    public void ingest(String outcome) {
        ingested.labelValues(outcome).inc();
    }

    /** The metrics now, in the Prometheus text format (version 0.0.4). */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PrometheusTextFormatWriter(false).write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The content type of {@link #scrape}. */
    public static String contentType() {
        return PrometheusTextFormatWriter.CONTENT_TYPE;
    }

    private static double size(Path p) {
        try {
            if (Files.isRegularFile(p)) {
                return Files.size(p);
            }
            if (!Files.isDirectory(p)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(p)) {
                return files.filter(Files::isRegularFile).mapToLong(f -> {
                    try {
                        return Files.size(f);
                    } catch (IOException e) {
                        return 0; // a segment merged away while walking
                    }
                }).sum();
            }
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
