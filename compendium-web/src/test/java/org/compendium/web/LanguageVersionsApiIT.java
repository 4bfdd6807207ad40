package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.compendium.bench.Regressions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/works/{work}/versions} over a server holding the six-language fixtures: the six versions of a work,
 * each lined up one to one with the first stored; a resolution stored only inside the six session reports that
 * reproduce it has six versions too, each pointing into its report; a work not stored is a 404, a malformed slug a 400.
 */
class LanguageVersionsApiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SixLanguageServer server;

    @BeforeAll
    static void start() {
        server = SixLanguageServer.start(List.of("cop-report"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Answer(int status, String contentType, JsonNode json) {
    }

    private static Answer get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    @Test
    void theSixVersionsOfAResolutionEachLineUpOneToOneWithTheFirstStored() throws Exception {
        Answer a = get("/api/works/cop-res-13-4/versions");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("work").asText()).isEqualTo("cop-res-13-4");
        JsonNode versions = a.json().get("versions");
        long provisions = Regressions.getLong("parse.fixture.cop-resolution.provisions");
        List<String> languages = new ArrayList<>();
        for (JsonNode v : versions) {
            languages.add(v.get("language").asText());
            assertThat(v.get("provisions").asLong()).as(v.toString()).isEqualTo(provisions);
            assertThat(v.get("source").asText()).isEqualTo("cop-resolution-" + v.get("language").asText() + ".txt");
            assertThat(v.get("permalink").asText()).isEqualTo("/works/cop-res-13-4/" + v.get("language").asText());
        }
        assertThat(languages).containsExactlyInAnyOrder(Regressions.get("parse.fixture.languages").split(","));
        JsonNode first = versions.get(0);
        assertThat(first.get("alignment").isNull()).isTrue();
        for (int i = 1; i < versions.size(); i++) {
            JsonNode alignment = versions.get(i).get("alignment");
            assertThat(alignment.get("with").asText()).isEqualTo(first.get("language").asText());
            assertThat(alignment.get("shared").asLong()).isEqualTo(provisions);
            assertThat(alignment.get("onlyHere")).isEmpty();
            assertThat(alignment.get("onlyThere")).isEmpty();
            assertThat(alignment.get("sameOrder").asBoolean()).isTrue();
            assertThat(alignment.get("oneToOne").asBoolean()).isTrue();
        }
        // Each permalink is a page the server has.
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(
                versions.get(1).get("permalink").asText().substring(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void aResolutionReproducedInSixSessionReportsHasSixVersionsEachPointingIntoItsReport() throws Exception {
        Answer a = get("/api/works/cop-res-13-1/versions");
        assertThat(a.status()).isEqualTo(200);
        JsonNode versions = a.json().get("versions");
        assertThat(versions).hasSize(6);
        String report = org.compendium.model.Work.parse("CTOC/COP/2026/9").slug();
        for (JsonNode v : versions) {
            String language = v.get("language").asText();
            assertThat(v.get("source").asText()).isEqualTo("cop-report-" + language + ".txt");
            assertThat(v.get("in").asText()).isEqualTo("CTOC/COP/2026/9");
            // Resolution 13/1: two preambular paragraphs, three operative ones, two sub-paragraphs.
            assertThat(v.get("provisions").asLong()).isEqualTo(7);
            assertThat(v.get("permalink").asText()).isEqualTo("/works/" + report + "/" + language + "#cop-res-13-1.pp_1");
            JsonNode alignment = v.get("alignment");
            assertThat(alignment.isNull() || alignment.get("oneToOne").asBoolean()).as(v.toString()).isTrue();
        }
        // The permalink's page is the report's, and the anchor is on it.
        String permalink = versions.get(2).get("permalink").asText();
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(
                permalink.substring(1, permalink.indexOf('#'))))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"cop-res-13-1.pp_1\"");
        // The works of the documents themselves carry no "in".
        assertThat(get("/api/works/cop-res-13-4/versions").json().get("versions").get(0).get("in").isNull()).isTrue();
    }

    @Test
    void aWorkNotStoredIsNotFoundAndAMalformedSlugIsABadRequest() throws Exception {
        Answer missing = get("/api/works/cop-res-9-9/versions");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().toString()).contains("cop-res-9-9");
        Answer malformed = get("/api/works/COP%20res.%2013%2F4/versions");
        assertThat(malformed.status()).isEqualTo(400);
    }
}
