package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.parse.Corpus;
import org.compendium.store.DocumentStore;
import org.compendium.web.bench.LoadBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test, CI-sized: 20 concurrent clients for 5 s over the seeds' pages and API on the loopback interface.
 * Every request must be answered 200 (no figures asserted: they depend on the machine; the bench prints them).
 */
class LoadIT {
    @TempDir
    Path data;

    @Test
    void twentyConcurrentClientsGetNoErrorOnAnyRoute() throws Exception {
        try (DocumentStore store = LoadBenchmark.prepare(Corpus.dir(), data);
             ProvisionSearch search = ProvisionSearch.open(ProvisionIndex.folder(data))) {
            WebServer server = WebServer.start(WebServices.of(store, search), "127.0.0.1", 0);
            try {
                List<String> mix = LoadBenchmark.mix(store);
                LoadBenchmark.Figures f = LoadBenchmark.run(server.uri(), mix, 20, Duration.ofSeconds(5));
                assertThat(f.errors()).as("%s", f).isZero();
                assertThat(f.requests()).isPositive();
                assertThat(f.byRoute().keySet()).containsExactlyInAnyOrder("/", "/search", "/api/search", "/provisions",
                        "/themes", "/documents");
            } finally {
                server.close();
            }
        }
    }
}
