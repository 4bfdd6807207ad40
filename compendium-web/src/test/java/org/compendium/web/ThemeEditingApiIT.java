package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.index.SearchRequest;
import org.compendium.index.SortOrder;
import org.compendium.model.AuditEntry;
import org.compendium.model.ThemeDecision;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Theme editing over HTTP on the real server: every unauthenticated or forged attempt is refused with 401 or 403 and
 * changes neither the theme store nor the audit log; an editor's change is audited and reaches the search index.
 */
class ThemeEditingApiIT {
    private static final String REC = "CTOC/COP/WG.7/2021 rec. 1";
    private static final String THEME = "echange-d-informations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SeededServer seeded;
    private static final HttpClient ANONYMOUS = HttpClient.newHttpClient();
    private List<ThemeDecision> decisionsBefore;
    private List<AuditEntry> auditBefore;

    @BeforeAll
    static void start() {
        seeded = SeededServer.start();
    }

    @AfterAll
    static void stop() {
        seeded.close();
    }

    @BeforeEach
    void snapshot() {
        decisionsBefore = seeded.store.themes().decisions();
        auditBefore = seeded.store.themes().audit();
    }

    private void assertNothingChanged() {
        assertThat(seeded.store.themes().decisions()).isEqualTo(decisionsBefore);
        assertThat(seeded.store.themes().audit()).isEqualTo(auditBefore);
    }

    private static String apiPath() {
        return "/api/provisions/" + Links.segment(REC) + "/themes";
    }

    private static String formPath() {
        return "/provisions/" + Links.segment(REC) + "/themes";
    }

    private static String body(String action) {
        return "{\"action\": \"" + action + "\", \"theme\": \"" + THEME + "\"}";
    }

    private static HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(seeded.url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A browser-like client logged in as the test editor, and the CSRF token its pages carry. */
    private record Session(HttpClient client, String csrf) {
    }

    private static Session login() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> r = send(client, post("/login", "application/x-www-form-urlencoded",
                form("username", SeededServer.EDITOR, "password", SeededServer.PASSWORD, "next", "/")).build());
        assertThat(r.statusCode()).isEqualTo(303);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(seeded.url(
                "/provisions/" + Links.segment(REC)))).build());
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("the provision page of a logged-in editor carries the CSRF token").isTrue();
        return new Session(client, m.group(1));
    }

    @Test
    void anApiChangeWithoutCredentialsIs401WithWwwAuthenticateAndChangesNothing() throws Exception {
        HttpResponse<String> r = send(ANONYMOUS, post(apiPath(), "application/json", body("accept")).build());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm="));
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("nothing was changed");
        assertNothingChanged();
    }

    @Test
    void aWrongPasswordOrUnknownEditorIs401AndChangesNothing() throws Exception {
        for (String auth : List.of(basic(SeededServer.EDITOR, "wrong password"), basic("nobody", SeededServer.PASSWORD),
                "Basic not-base64!")) {
            HttpResponse<String> r = send(ANONYMOUS, post(apiPath(), "application/json", body("add"))
                    .header("Authorization", auth).build());
            assertThat(r.statusCode()).as(auth).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
        }
        assertNothingChanged();
    }

    @Test
    void basicCredentialsWithAFormBodyAre403BecauseACrossSiteFormCouldSendThem() throws Exception {
        HttpResponse<String> r = send(ANONYMOUS, post(apiPath(), "application/x-www-form-urlencoded",
                form("action", "accept", "theme", THEME)).header("Authorization", basic(SeededServer.EDITOR, SeededServer.PASSWORD)).build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertNothingChanged();
    }

    @Test
    void aSessionApiCallWithoutOrWithAForgedCsrfTokenIs403AndChangesNothing() throws Exception {
        Session s = login();
        snapshot();
        HttpResponse<String> missing = send(s.client(), post(apiPath(), "application/json", body("accept")).build());
        assertThat(missing.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = send(s.client(), post(apiPath(), "application/json", body("accept"))
                .header("X-CSRF-Token", s.csrf() + "x").build());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertNothingChanged();
    }

    @Test
    void theProvisionPageFormIsRefusedWithoutSessionAndWithAMissingOrForgedCsrfToken() throws Exception {
        HttpResponse<String> anonymous = send(ANONYMOUS, post(formPath(), "application/x-www-form-urlencoded",
                form("action", "accept", "theme", THEME, "csrf", "guess")).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        Session s = login();
        snapshot();
        HttpResponse<String> missing = send(s.client(), post(formPath(), "application/x-www-form-urlencoded",
                form("action", "accept", "theme", THEME)).build());
        assertThat(missing.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = send(s.client(), post(formPath(), "application/x-www-form-urlencoded",
                form("action", "accept", "theme", THEME, "csrf", "forged-token")).build());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> logout = send(s.client(), post("/logout", "application/x-www-form-urlencoded",
                form("csrf", "forged-token")).build());
        assertThat(logout.statusCode()).as("a forged logout").isEqualTo(403);
        assertNothingChanged();
    }

    @Test
    void aWrongPasswordAtTheLoginFormStartsNoSession() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> r = send(client, post("/login", "application/x-www-form-urlencoded",
                form("username", SeededServer.EDITOR, "password", "wrong password")).build());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(r.body()).contains("login-error");
        HttpResponse<String> audit = send(client, HttpRequest.newBuilder(URI.create(seeded.url("/audit"))).build());
        assertThat(audit.statusCode()).isEqualTo(303);
        assertThat(audit.headers().firstValue("Location")).hasValue("/login?next=/audit");
    }

    @Test
    void readsArePublicAndAnUnthemedRecommendationGetsRankedSuggestionsWithReasons() throws Exception {
        HttpResponse<String> r = send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url(apiPath()))).build());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("suggestions").size()).isBetween(1, 5);
        JsonNode first = json.get("suggestions").get(0);
        assertThat(first.get("reason").get("similar").isArray()).isTrue();
        assertThat(first.get("reason").get("words").isArray()).isTrue();
        assertThat(first.get("reason").get("similar").size() + first.get("reason").get("words").size()).isPositive();
        // The English text words exactly the structured reason.
        List<String> parts = new java.util.ArrayList<>();
        List<String> similar = new java.util.ArrayList<>();
        first.get("reason").get("similar").forEach(x -> similar.add(x.get("label").asText()));
        List<String> words = new java.util.ArrayList<>();
        first.get("reason").get("words").forEach(x -> words.add(x.asText()));
        if (!similar.isEmpty()) {
            parts.add("similar to " + String.join(", ", similar));
        }
        if (!words.isEmpty()) {
            parts.add("words: " + String.join(", ", words));
        }
        assertThat(first.get("reasonText").asText()).isEqualTo(String.join("; ", parts));
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        // Each similar provision is named by a citation the API serves.
        for (JsonNode p : first.get("reason").get("similar")) {
            HttpResponse<String> cited = send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url(
                    "api/provisions/" + Links.segment(p.get("citation").asText())))).build());
            assertThat(cited.statusCode()).as(p.toString()).isEqualTo(200);
        }
    }

    @Test
    void anEditorsBasicChangeIsAuditedAndReachesTheSearchIndexsThemeFacet() throws Exception {
        String theme = "cooperation-internationale";
        HttpResponse<String> r = send(ANONYMOUS, post("/api/provisions/" + Links.segment("CTOC/COP/WG.7/2021 rec. 2")
                + "/themes", "application/json; charset=utf-8", "{\"action\": \"add\", \"theme\": \"" + theme + "\"}")
                .header("Authorization", basic(SeededServer.EDITOR, SeededServer.PASSWORD)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("verdict").asText()).isEqualTo("added");
        assertThat(json.get("editor").asText()).isEqualTo(SeededServer.EDITOR);
        assertThat(json.get("index").asText()).isEqualTo("updated");
        AuditEntry last = seeded.store.themes().audit().getLast();
        assertThat(last.editor()).isEqualTo(SeededServer.EDITOR);
        assertThat(last.action()).isEqualTo("add");
        assertThat(last.citation()).isEqualTo("CTOC/COP/WG.7/2021 rec. 2");
        assertThat(last.before()).isEqualTo("none");
        var hits = seeded.search.search(new SearchRequest("", java.util.Map.of(), SortOrder.RELEVANCE, 0, 100)
                .withFilter("theme", theme)).hits();
        assertThat(hits).extracting(h -> h.provision().citation().toString()).contains("CTOC/COP/WG.7/2021 rec. 2");
        Optional<ThemeDecision> d = seeded.store.themes().decisions().stream()
                .filter(x -> x.citation().toString().equals("CTOC/COP/WG.7/2021 rec. 2")).findFirst();
        assertThat(d).isPresent();
    }
}
