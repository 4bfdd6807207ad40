package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.parse.Corpus;
import org.compendium.store.DocumentStore;
import org.compendium.web.bench.LoadBenchmark;
import org.compendium.web.ops.AccessLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log (one line per request, no query) and /metrics (Prometheus text format) on the real server. */
class OperationsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyRequestHasOneLogLineWithoutItsQueryAndIsCountedByRoutePattern() throws Exception {
        Path logFile = data.resolve("logs").resolve("access.log");
        try (DocumentStore store = LoadBenchmark.prepare(Corpus.dir(), data);
             ProvisionSearch search = ProvisionSearch.open(ProvisionIndex.folder(data));
             AccessLog log = AccessLog.toFile(logFile)) {
            WebServer server = WebServer.start(WebServices.of(store, search), "127.0.0.1", 0,
                    new WebServer.Settings(8, log, 30));
            try {
                URI base = server.uri();
                assertThat(get(base, "api/search?q=secret%20words").statusCode()).isEqualTo(200);
                assertThat(get(base, "provisions/COP%20res.%2011%2F5%20op.%201").statusCode()).isEqualTo(200);
                assertThat(get(base, "no/such/page%0Ainjected").statusCode()).isEqualTo(404);
                HttpResponse<String> metrics = get(base, "metrics");
                assertThat(metrics.statusCode()).isEqualTo(200);
                assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
                String m = metrics.body();
                assertThat(m).contains("compendium_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"} 1.0");
                assertThat(m).contains("compendium_http_requests_total{method=\"GET\",route=\"/provisions/{citation}\",status=\"200\"} 1.0");
                assertThat(m).contains("route=\"unmatched\",status=\"404\"");
                assertThat(m).contains("compendium_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"+Inf\"} 1");
                assertThat(m).contains("compendium_store_documents " + store.documentCount() + ".0");
                assertThat(m).contains("compendium_index_provisions " + search.size() + ".0");
                assertThat(m).containsPattern("compendium_data_bytes\\{part=\"store\"} [1-9]");
                assertThat(m).doesNotContain("secret");
            } finally {
                server.close();
            }
        }
        List<String> lines = Files.readAllLines(logFile);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z 127\\.0\\.0\\.1 GET /api/search 200 \\d+\\.\\d");
        assertThat(lines).noneMatch(l -> l.contains("secret"));
        assertThat(lines.get(1)).contains(" GET /provisions/COP%20res.%2011%2F5%20op.%201 200 ");
        assertThat(lines.get(2)).contains(" 404 ").doesNotContain("\n");
        assertThat(lines.get(3)).contains(" GET /metrics 200 ");
        assertThat(lines).allSatisfy(l -> assertThat(l.split(" ")).hasSize(6));
    }
}
