package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceText;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.ThemeReindex;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document stored as unstructured text (no provision, no citation) is found by the web search and
 * {@code /api/search} beside the provisions, as the CLI finds it: named by its work and file, never as a provision;
 * its text shown escaped on the page; only on a search's first page without filters.
 */
class UnstructuredSearchIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTES = "Notes <script>alert(1)</script> on the smuggling of migrants by sea & air.\n\n"
            + "Bring the draft and the list of speakers.\n";

    private static Path dir;
    private static DocumentStore store;
    private static ProvisionSearch search;
    private static WebServer server;
    private static ParsedDocument notes;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("compendium-unstructured-it");
        store = DocumentStore.open(dir.resolve("data"));
        notes = new DocumentParser().parse(new SourceText("notes.txt", SourceFormat.TEXT, NOTES, "cd".repeat(32),
                NOTES.getBytes(StandardCharsets.UTF_8).length));
        assertThat(notes.unstructured()).isTrue();
        store.save(notes);
        Path indexDir = ProvisionIndex.folder(dir.resolve("data"));
        try (ProvisionIndex index = ThemeReindex.open(store, indexDir)) {
            IndexRebuild.run(store, index, (i, total, doc, provisions) -> { });
        }
        search = ProvisionSearch.open(indexDir);
        server = WebServer.start(WebServices.of(store, search), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        search.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.uri().resolve(path).toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void theApiListsTheUnstructuredDocumentBesideNoProvision() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + q("smuggling migrants"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("total").asLong()).isZero();
        assertThat(body.get("hits")).isEmpty();
        JsonNode hit = body.get("unstructured").get(0);
        assertThat(body.get("unstructured")).hasSize(1);
        assertThat(hit.get("work").asText()).isEqualTo(notes.work().toString());
        assertThat(hit.get("language").asText()).isEqualTo("en");
        assertThat(hit.get("source").asText()).isEqualTo("notes.txt");
        // JSON carries the text as it is; escaping is the page's business.
        assertThat(hit.get("snippet").asText()).contains("smuggling of migrants").contains("<script>alert(1)</script>");
        assertThat(hit.get("href").asText()).isEqualTo("/works/" + notes.work().slug() + "/en");
        assertThat(get(hit.get("href").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void aDocumentIndexedWhileTheServerRunsIsListedOnceTheIndexReflectsIt() throws Exception {
        String text = "Note verbale\n\nThe Mission transmits its contribution on cybercrime and electronic evidence.\n";
        ParsedDocument added = new DocumentParser().parse(new SourceText("note-cyber.txt", SourceFormat.TEXT, text,
                "ef".repeat(32), text.getBytes(StandardCharsets.UTF_8).length));
        assertThat(added.unstructured()).isTrue();
        assertThat(JSON.readTree(get("/api/search?q=" + q("cybercrime")).body()).get("unstructured")).isEmpty();
        store.save(added);
        try (ProvisionIndex index = ThemeReindex.open(store, ProvisionIndex.folder(dir.resolve("data")))) {
            index.replace(added);
            index.commit(store.generation());
        }
        search.refresh();
        // The server keeps the texts open between requests: it reads them again because the generation changed.
        JsonNode listed = JSON.readTree(get("/api/search?q=" + q("cybercrime")).body()).get("unstructured");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("source").asText()).isEqualTo("note-cyber.txt");
    }

    @Test
    void onlyAFirstPageWithoutFiltersListsThem() throws Exception {
        assertThat(JSON.readTree(get("/api/search?q=" + q("smuggling") + "&body=WG.7").body()).get("unstructured")).isEmpty();
        assertThat(JSON.readTree(get("/api/search?q=" + q("smuggling") + "&page=2").body()).get("unstructured")).isEmpty();
        assertThat(JSON.readTree(get("/api/search?q=" + q("speakers")).body()).get("unstructured")).hasSize(1);
        assertThat(JSON.readTree(get("/api/search?q=" + q("extradition")).body()).get("unstructured")).isEmpty();
    }

    @Test
    void theSearchPageShowsTheDocumentEscapedAndLinkedByItsWork() throws Exception {
        HttpResponse<String> r = get("/search?lang=en&q=" + q("smuggling"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"unstructured-hits\"")
                .contains("Also in one unstructured document (no provisions, so no citation)")
                .contains("href=\"/works/" + notes.work().slug() + "/en\"")
                .contains("<code>" + notes.work() + "</code>")
                .contains("Notes &lt;script&gt;alert(1)&lt;/script&gt; on the smuggling of migrants by sea &amp; air.")
                .doesNotContain("<script>alert(1)");
        assertThat(get("/search?lang=fr&q=" + q("smuggling")).body())
                .contains("Aussi dans un document non structuré (sans dispositions, donc sans citation)");
    }
}
