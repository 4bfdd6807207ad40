package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.compendium.index.SearchJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API for script writers, over HTTP on the seeded server: cursor paging past the first 1000 hits, CSV and JSON
 * exports of a whole result set, and the HTTP layer's own refusals (404, 414, 431) answered as JSON.
 */
class ApiPagingExportIT {
    private static SeededServer seeded;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        seeded = SeededServer.start();
    }

    @AfterAll
    static void stop() {
        seeded.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> walk(String query) throws Exception {
        List<String> out = new ArrayList<>();
        String path = "/api/search?pageSize=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        String next = null;
        do {
            JsonNode page = JSON.readTree(get(path + (next == null ? "" : "&cursor=" + next)).body());
            page.get("hits").forEach(h -> out.add(h.get("citation").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);
        return out;
    }

    @Test
    void theCursorWalksEveryHitToTheLastOneExactlyOnceInTheOrderOfThePages() throws Exception {
        JsonNode first = JSON.readTree(get("/api/search?pageSize=100").body());
        long total = first.get("total").asLong();
        List<String> all = walk("");
        assertThat(all).hasSize((int) total).doesNotHaveDuplicates();
        List<String> byPage = new ArrayList<>();
        for (int page = 1; page <= (total + 99) / 100; page++) {
            JSON.readTree(get("/api/search?pageSize=100&page=" + page).body()).get("hits").forEach(h -> byPage.add(h.get("citation").asText()));
        }
        assertThat(all).containsExactlyElementsOf(byPage);
        // page stops at the first 1000 hits; the cursor goes on (CursorTest and DeepPagingTest show how far).
        HttpResponse<String> deep = get("/api/search?pageSize=100&page=11");
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(deep.body()).get("hint").asText()).contains("cursor");
    }

    @Test
    void aMalformedCursorOrACursorWithAPageIsRefusedAsJson() throws Exception {
        HttpResponse<String> bad = get("/api/search?cursor=not-a-cursor");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("malformed cursor");
        String cursor = JSON.readTree(get("/api/search?pageSize=10").body()).get("next").asText();
        HttpResponse<String> both = get("/api/search?page=2&cursor=" + cursor);
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(both.body()).get("hint").asText()).contains("not both");
    }

    @Test
    void theCsvAndJsonExportsHoldEveryHitOfTheSearchInItsOrder() throws Exception {
        String q = URLEncoder.encode("traite des personnes", StandardCharsets.UTF_8);
        List<String> paged = walk("traite des personnes");
        HttpResponse<String> csv = get("/api/search/export?format=csv&q=" + q);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("compendium-search.csv");
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.body())) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).extracting(r -> r.get("citation")).containsExactlyElementsOf(paged);
        assertThat(rows.getFirst().keySet()).containsExactlyElementsOf(Arrays.stream(SearchJson.ExportRow.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("text")).isNotBlank());
        JsonNode json = JSON.readTree(get("/api/search/export?format=json&q=" + q).body());
        assertThat(json.get("total").asLong()).isEqualTo(paged.size());
        List<String> exported = new ArrayList<>();
        json.get("hits").forEach(h -> exported.add(h.get("citation").asText()));
        assertThat(exported).containsExactlyElementsOf(paged);
    }

    @Test
    void anExportRefusesAnUnknownFormatOrParameterBeforeWritingAnything() throws Exception {
        HttpResponse<String> format = get("/api/search/export?format=xml");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(format.body()).get("hint").asText()).isEqualTo("format is csv or json");
        HttpResponse<String> page = get("/api/search/export?format=csv&page=2");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(page.body()).get("error").asText()).contains("'page'");
    }

    /** The raw answer to a request written by hand: the HTTP client refuses to send what these tests must send. */
    private static String raw(String request) throws Exception {
        URI uri = URI.create(seeded.url("/"));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static JsonNode body(String answer) throws Exception {
        return JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void theHttpLayersRefusalsAreJsonToo() throws Exception {
        String host = "Host: 127.0.0.1\r\nConnection: close\r\n";
        String longUri = raw("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n");
        assertThat(longUri).startsWith("HTTP/1.1 414");
        assertThat(longUri).containsIgnoringCase("Content-Type: application/json");
        assertThat(body(longUri).get("error").asText()).contains("URI is too long");
        String bigHeaders = raw("GET /api/search HTTP/1.1\r\n" + host + "X-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431");
        assertThat(body(bigHeaders).get("error").asText()).contains("headers are too large");
        HttpResponse<String> missing = get("/api/no-such-thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("/api/no-such-thing");
    }
}
