package org.compendium.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends the benchmark's queries to a running {@code compendium serve} over HTTP ({@code GET /api/search}), so that
 * latency is measured as a client of the REST API sees it: parsing, search, facets, snippets and JSON together.
 */
final class HttpSearchClient {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    HttpSearchClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Runs one query; returns the response's length in bytes. Fails unless the server answers 200. */
    long search(BenchQuery query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(query)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + uri(query) + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    URI uri(BenchQuery query) {
        StringBuilder url = new StringBuilder(base).append("/api/search?q=").append(encode(query.request().query()));
        if (query.filterField() != null) {
            url.append('&').append(encode(query.filterField())).append('=').append(encode(query.filterValue()));
        }
        return URI.create(url.toString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
