package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.compendium.parse.Corpus;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over HTTP, on the real server with the five seeds and the hostile fixture. */
class ApiIT {
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

    record Answer(int status, String contentType, JsonNode json) {
    }

    static Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    @Test
    void documentsListsEverySeedAndFiltersByBodyAndType() throws Exception {
        Answer all = get("/api/documents");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("application/json");
        assertThat(all.json()).hasSize(6);
        List<String> wg7 = new ArrayList<>();
        get("/api/documents?body=WG.7").json().forEach(d -> wg7.add(d.get("source").asText()));
        assertThat(wg7).containsExactly(Corpus.COMPENDIUM_2021, Corpus.WG7_2021, "hostile.txt");
        JsonNode res = get("/api/documents?type=resolution&session=11").json();
        assertThat(res).hasSize(1);
        assertThat(res.get(0).get("resolution").asText()).isEqualTo("11/5");
        assertThat(res.get(0).get("provisions").asInt()).isEqualTo(62);
    }

    @Test
    void malformedFiltersAre400WithAHint() throws Exception {
        Answer bad = get("/api/documents?body=WG.9");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("WG.9");
        assertThat(bad.json().get("hint").asText()).contains("COP, WG.4, WG.7");
        assertThat(get("/api/documents?year=twenty").status()).isEqualTo(400);
    }

    @Test
    void aDocumentComesWithItsHeadingsAndProvisions() throws Exception {
        Answer doc = get("/api/documents/" + seeded.idOf(Corpus.WG7_2021));
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("document").get("meeting").asInt()).isEqualTo(8);
        assertThat(doc.json().get("provisions")).hasSize(57);
        JsonNode rec12 = doc.json().get("provisions").findParents("citation").stream()
                .filter(p -> p.get("citation").asText().equals("CTOC/COP/WG.7 meeting 8 rec. 12")).findFirst().orElseThrow();
        assertThat(rec12.get("kind").asText()).isEqualTo("recommendation");
        assertThat(rec12.get("start").asInt()).isLessThan(rec12.get("end").asInt());
        assertThat(doc.json().get("headings").size()).isPositive();
    }

    @Test
    void unknownDocumentsAndPathsAre404AndMalformedIdsAre400() throws Exception {
        assertThat(get("/api/documents/987654").status()).isEqualTo(404);
        assertThat(get("/api/documents/abc").status()).isEqualTo(400);
        Answer nothing = get("/api/nothing-here");
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(nothing.json().has("error")).isTrue();
    }

    @Test
    void aProvisionIsFoundByItsUrlEncodedCitationWithSlashes() throws Exception {
        Answer p = get("/api/provisions/" + Links.segment("COP res. 11/5 op. 4(b)"));
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.json().get("citation").asText()).isEqualTo("COP res. 11/5 op. 4(b)");
        assertThat(p.json().get("occurrences").get(0).get("provision").get("kind").asText()).isEqualTo("subparagraph");
    }

    @Test
    void malformedCitationsAre400AndUnknownOnes404() throws Exception {
        Answer bad = get("/api/provisions/" + Links.segment("not a citation"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("hint").asText()).contains("COP res. 11/5 op. 4(b)");
        assertThat(get("/api/provisions/" + Links.segment("COP res. 99/9 op. 1")).status()).isEqualTo(404);
    }

    @Test
    void meetingsGroupDocumentsByBodyAndMeetingOrSession() throws Exception {
        JsonNode bodies = get("/api/meetings").json();
        assertThat(bodies.findValuesAsText("body")).containsExactly("COP", "WG.4", "WG.7");
        JsonNode wg4 = bodies.get(1).get("meetings").get(0);
        assertThat(wg4.get("meeting").asInt()).isEqualTo(9);
        assertThat(wg4.get("dates").get("start").asText()).isEqualTo("2019-09-09");
        assertThat(wg4.get("documents").get(0).asLong()).isEqualTo(seeded.idOf(Corpus.WG4_2019));
    }

    @Test
    void searchAnswersHitsWithFragmentsAndFacetsAndFiltersByBody() throws Exception {
        Answer r = get("/api/search?q=" + Links.segment("entraide judiciaire") + "&body=WG.7");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("total").asLong()).isPositive();
        r.json().get("hits").forEach(h -> assertThat(h.get("body").asText()).isEqualTo("WG.7"));
        assertThat(r.json().get("hits").get(0).get("snippet").findValuesAsText("highlighted")).contains("true");
        assertThat(r.json().get("facets").findValuesAsText("field")).contains("body", "type", "kind");
        JsonNode themeFacet = null;
        for (JsonNode f : r.json().get("facets")) {
            if (f.get("field").asText().equals("theme")) {
                themeFacet = f;
            }
        }
        assertThat(themeFacet).as("theme facet").isNotNull();
        assertThat(themeFacet.get("values")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("label").asText()).isNotBlank().isNotEqualTo(v.get("value").asText()));
        assertThat(get("/api/search?q=a&sort=sideways").status()).isEqualTo(400);
        assertThat(get("/api/search?q=" + Links.segment("\"unclosed")).status()).isEqualTo(400);
    }

    @Test
    void searchRefusesUnknownAndMalformedParametersSayingWhy() throws Exception {
        Answer typo = get("/api/search?q=victimes&bdy=WG.4");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("error").asText()).isEqualTo("unknown parameter 'bdy'");
        assertThat(typo.json().get("hint").asText()).contains("pageSize").contains("body");
        Answer twice = get("/api/search?q=victimes&q=traite");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("error").asText()).contains("'q' given 2 times");
        for (String bad : List.of("pageSize=0", "pageSize=abc", "pageSize=101", "page=-1", "page=11&pageSize=100", "lang=xx")) {
            Answer r = get("/api/search?q=victimes&" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("hint").asText()).as(bad).isNotBlank();
        }
        // Plain text with characters of the classic syntax is read as words, not refused.
        assertThat(get("/api/search?q=" + Links.segment("Enfants (non accompagnés/ séparés)")).status()).isEqualTo(200);
    }

    @Test
    void searchPagesUpTo100Hits() throws Exception {
        Answer r = get("/api/search?q=migrants&pageSize=100&page=2");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("pageSize").asInt()).isEqualTo(100);
        assertThat(r.json().get("page").asInt()).isEqualTo(2);
        long total = r.json().get("total").asLong();
        assertThat(total).isGreaterThan(100);
        assertThat(r.json().get("hits").size()).isEqualTo((int) Math.min(100, total - 100));
        Answer first = get("/api/search?q=migrants&pageSize=100");
        assertThat(first.json().get("hits").findValuesAsText("citation"))
                .doesNotContainAnyElementsOf(r.json().get("hits").findValuesAsText("citation"));
    }

    @Test
    void similarProvisionsComeFromTheIndex() throws Exception {
        Answer r = get("/api/provisions/" + Links.segment("CTOC/COP/WG.7 meeting 8 rec. 12") + "/similar?limit=3");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("similar").size()).isBetween(1, 3);
        assertThat(r.json().get("similar").findValuesAsText("citation")).doesNotContain("CTOC/COP/WG.7 meeting 8 rec. 12");
    }

    @Test
    void markupInDocumentsReachesTheApiAsLiteralText() throws Exception {
        JsonNode p = get("/api/provisions/" + Links.segment(SeededServer.HOSTILE_CITATION.toString())).json();
        assertThat(p.get("occurrences").get(0).get("provision").get("text").asText()).isEqualTo(SeededServer.HOSTILE_TEXT);
        assertThat(p.get("occurrences").get(0).get("document").get("title").asText()).isEqualTo(SeededServer.HOSTILE_TITLE);
    }

    @Test
    void theOpenApiDocumentIsServedAndDescribesEveryApiRoute() throws Exception {
        Answer spec = get("/api/openapi.json");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.json().get("openapi").asText()).startsWith("3.0");
        List<String> paths = new ArrayList<>();
        spec.json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrderElementsOf(Routes.API_PATHS);
    }
}
