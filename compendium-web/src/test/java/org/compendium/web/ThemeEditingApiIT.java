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
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Theme editing over HTTP on the real server: every unauthenticated, forged or invalid attempt is refused with 401,
 * 403, 400 or 404 and changes neither the decisions, the vocabulary (its themes and version) nor the audit log; an
 * editor's change is audited and reaches the search index, and an editor's new theme or label is audited and versioned.
 */
class ThemeEditingApiIT {
    private static final String REC = "CTOC/COP/WG.7 meeting 8 rec. 1";
    private static final String THEME = "echange-d-informations";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SeededServer seeded;
    private static final HttpClient ANONYMOUS = HttpClient.newHttpClient();
    private List<ThemeDecision> decisionsBefore;
    private List<AuditEntry> auditBefore;
    private List<Theme> themesBefore;
    private int versionBefore;

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
        themesBefore = seeded.store.themes().themes();
        versionBefore = seeded.store.themes().version();
    }

    private void assertNothingChanged() {
        assertThat(seeded.store.themes().decisions()).isEqualTo(decisionsBefore);
        assertThat(seeded.store.themes().audit()).isEqualTo(auditBefore);
        assertThat(seeded.store.themes().version()).as("vocabulary version").isEqualTo(versionBefore);
        assertThat(seeded.store.themes().themes()).as("vocabulary").hasSize(themesBefore.size()).isEqualTo(themesBefore);
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

    private static HttpRequest.Builder put(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(seeded.url(path))).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder asEditor(HttpRequest.Builder request) {
        return request.header("Authorization", basic(SeededServer.EDITOR, SeededServer.PASSWORD));
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
    void theVocabularyIsListedForAnyoneWholeOrByScope() throws Exception {
        HttpResponse<String> all = send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url("/api/themes"))).build());
        assertThat(all.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode themes = JSON.readTree(all.body());
        HttpResponse<String> wg7 = send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url("/api/themes?scope=WG.7"))).build());
        assertThat(JSON.readTree(wg7.body()).size()).isEqualTo(77).isLessThanOrEqualTo(themes.size());
        assertThat(JSON.readTree(wg7.body()).get(0).get("labels").get("fr").asText()).isNotBlank();
        assertThat(send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url("/api/themes?scope=WG.9"))).build()).statusCode())
                .isEqualTo(400);
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
        HttpResponse<String> r = send(ANONYMOUS, post("/api/provisions/" + Links.segment("CTOC/COP/WG.7 meeting 8 rec. 2")
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
        assertThat(last.citation()).isEqualTo("CTOC/COP/WG.7 meeting 8 rec. 2");
        assertThat(last.before()).isEqualTo("none");
        var hits = seeded.search.search(new SearchRequest("", java.util.Map.of(), SortOrder.RELEVANCE, 0, 100)
                .withFilter("theme", theme)).hits();
        assertThat(hits).extracting(h -> h.provision().citation().toString()).contains("CTOC/COP/WG.7 meeting 8 rec. 2");
        Optional<ThemeDecision> d = seeded.store.themes().decisions().stream()
                .filter(x -> x.citation().toString().equals("CTOC/COP/WG.7 meeting 8 rec. 2")).findFirst();
        assertThat(d).isPresent();
    }

    // ---- Editors extend the vocabulary: POST /api/themes, PUT /api/themes/{id}/labels/{lang}, and their forms ----

    private static final String NEW_THEME = "{\"scope\": \"WG.4\", \"labels\": {\"fr\": \"Protection des témoins\", "
            + "\"en\": \"Witness protection\"}, \"parent\": null}";

    private static Theme stored(String id) {
        return seeded.store.themes().themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anEditorCreatesAThemeWith201ItsLocationAndAnAuditedVersionedChange() throws Exception {
        HttpResponse<String> r = send(ANONYMOUS, asEditor(post("/api/themes", "application/json", NEW_THEME)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("id").asText()).isEqualTo("protection-des-temoins");
        assertThat(json.get("scope").asText()).isEqualTo("WG.4");
        assertThat(json.get("parent").isNull()).isTrue();
        assertThat(json.get("labels").get("fr").asText()).isEqualTo("Protection des témoins");
        assertThat(json.get("labels").get("en").asText()).isEqualTo("Witness protection");
        assertThat(r.headers().firstValue("Location")).hasValue("/api/themes/protection-des-temoins");
        HttpResponse<String> located = send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url(
                r.headers().firstValue("Location").orElseThrow()))).build());
        assertThat(located.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(located.body())).isEqualTo(json);

        assertThat(stored("protection-des-temoins").scope()).isEqualTo(Body.WG_TIP);
        assertThat(seeded.store.themes().version()).isEqualTo(versionBefore + 1);
        AuditEntry last = seeded.store.themes().audit().getLast();
        assertThat(last.action()).isEqualTo("create-theme");
        assertThat(last.editor()).isEqualTo(SeededServer.EDITOR);
        assertThat(last.themeId()).isEqualTo("protection-des-temoins");
        assertThat(last.citation()).isNull();

        // A sub-theme by its parent's id, in the same vocabulary.
        HttpResponse<String> child = send(ANONYMOUS, asEditor(post("/api/themes", "application/json",
                "{\"scope\": \"WG.4\", \"labels\": {\"fr\": \"Témoins mineurs\"}, \"parent\": \"protection-des-temoins\"}"))
                .build());
        assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
        assertThat(JSON.readTree(child.body()).get("parent").asText()).isEqualTo("protection-des-temoins");
    }

    @Test
    void aLoggedInEditorSetsALabelWithTheSessionsCsrfTokenAndGetsTheTheme() throws Exception {
        Session s = login();
        snapshot();
        HttpResponse<String> r = send(s.client(), put("/api/themes/corruption/labels/es", "application/json",
                "{\"label\": \"  Corrupción \"}").header("X-CSRF-Token", s.csrf()).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("id").asText()).isEqualTo("corruption");
        assertThat(json.get("scope").asText()).isEqualTo("WG.7");
        assertThat(json.get("labels").get("es").asText()).isEqualTo("Corrupción");
        assertThat(json.get("labels").get("fr").asText()).isEqualTo("Corruption");
        assertThat(stored("corruption").label("es")).isEqualTo("Corrupción");
        assertThat(seeded.store.themes().version()).isEqualTo(versionBefore + 1);
        AuditEntry last = seeded.store.themes().audit().getLast();
        assertThat(last.action()).isEqualTo("label");
        assertThat(last.themeId()).isEqualTo("corruption");
        assertThat(last.citation()).isNull();
        assertThat(last.before()).isEqualTo("none");
        assertThat(last.after()).isEqualTo("es: Corrupción");
    }

    @Test
    void vocabularyChangesWithoutCredentialsAre401AndChangeNothing() throws Exception {
        HttpResponse<String> create = send(ANONYMOUS, post("/api/themes", "application/json", NEW_THEME).build());
        assertThat(create.statusCode()).isEqualTo(401);
        assertThat(create.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm="));
        HttpResponse<String> label = send(ANONYMOUS, put("/api/themes/corruption/labels/en", "application/json",
                "{\"label\": \"Bribery\"}").build());
        assertThat(label.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = send(ANONYMOUS, put("/api/themes/corruption/labels/en", "application/json",
                "{\"label\": \"Bribery\"}").header("Authorization", basic(SeededServer.EDITOR, "wrong password")).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> form = send(ANONYMOUS, post("/themes", "application/x-www-form-urlencoded",
                form("scope", "WG.4", "label_fr", "Protection des témoins", "csrf", "guess")).build());
        assertThat(form.statusCode()).isEqualTo(401);
        HttpResponse<String> labelForm = send(ANONYMOUS, post("/themes/corruption/labels", "application/x-www-form-urlencoded",
                form("language", "en", "label", "Bribery", "csrf", "guess")).build());
        assertThat(labelForm.statusCode()).isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void vocabularyChangesWithAMissingOrForgedCsrfTokenAre403AndChangeNothing() throws Exception {
        Session s = login();
        snapshot();
        assertThat(send(s.client(), post("/api/themes", "application/json", NEW_THEME).build()).statusCode()).isEqualTo(403);
        assertThat(send(s.client(), post("/api/themes", "application/json", NEW_THEME)
                .header("X-CSRF-Token", s.csrf() + "x").build()).statusCode()).isEqualTo(403);
        assertThat(send(s.client(), put("/api/themes/corruption/labels/en", "application/json", "{\"label\": \"Bribery\"}")
                .header("X-CSRF-Token", "forged").build()).statusCode()).isEqualTo(403);
        assertThat(send(s.client(), post("/themes", "application/x-www-form-urlencoded",
                form("scope", "WG.4", "label_fr", "Protection des témoins")).build()).statusCode()).isEqualTo(403);
        assertThat(send(s.client(), post("/themes", "application/x-www-form-urlencoded",
                form("scope", "WG.4", "label_fr", "Protection des témoins", "csrf", "forged")).build()).statusCode())
                .isEqualTo(403);
        assertThat(send(s.client(), post("/themes/corruption/labels", "application/x-www-form-urlencoded",
                form("language", "en", "label", "Bribery", "csrf", "forged")).build()).statusCode()).isEqualTo(403);
        // Basic credentials with a form body: a cross-site form could send it.
        assertThat(send(ANONYMOUS, asEditor(post("/api/themes", "application/x-www-form-urlencoded",
                form("scope", "WG.4"))).build()).statusCode()).isEqualTo(403);
        assertNothingChanged();
    }

    @Test
    void aBadLanguageADuplicateAnUnknownParentOrScopeOrAMalformedBodyIs400AndChangesNothing() throws Exception {
        for (String body : List.of(
                "{\"scope\": \"WG.4\", \"labels\": {\"de\": \"Zeugenschutz\"}}",
                "{\"scope\": \"WG.7\", \"labels\": {\"fr\": \"Corruption\"}}",
                "{\"scope\": \"WG.4\", \"labels\": {\"fr\": \"Témoins\"}, \"parent\": \"no-such-theme\"}",
                // A parent of another vocabulary is unknown in this one.
                "{\"scope\": \"WG.4\", \"labels\": {\"fr\": \"Témoins\"}, \"parent\": \"corruption\"}",
                "{\"scope\": \"WG.9\", \"labels\": {\"fr\": \"Témoins\"}}",
                "{\"scope\": \"WG.4\", \"labels\": {}}",
                "{\"scope\": \"WG.4\", \"labels\": {\"fr\": \"   \"}}",
                "{\"scope\": \"WG.4\", \"labels\": {\"fr\": 7}}",
                "{\"scope\": \"WG.4\", \"labels\": {\"fr\": \"Témoins\"}, \"parent\": 7}",
                "{\"scope\": \"WG.4\"}",
                "[1, 2]",
                "not json")) {
            HttpResponse<String> r = send(ANONYMOUS, asEditor(post("/api/themes", "application/json", body)).build());
            assertThat(r.statusCode()).as(body + " → " + r.body()).isEqualTo(400);
            JsonNode error = JSON.readTree(r.body());
            assertThat(error.get("error").asText()).isNotBlank();
            assertThat(error.get("hint").asText()).isNotBlank();
        }
        HttpResponse<String> duplicate = send(ANONYMOUS, asEditor(post("/api/themes", "application/json",
                "{\"scope\": \"WG.7\", \"labels\": {\"fr\": \"Corruption\"}}")).build());
        assertThat(JSON.readTree(duplicate.body()).get("error").asText()).contains("exists already");
        HttpResponse<String> language = send(ANONYMOUS, asEditor(put("/api/themes/corruption/labels/de", "application/json",
                "{\"label\": \"Korruption\"}")).build());
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(language.body()).get("error").asText()).contains("not a UN language");
        for (String body : List.of("{\"label\": \"\"}", "{\"label\": null}", "{}", "nope")) {
            assertThat(send(ANONYMOUS, asEditor(put("/api/themes/corruption/labels/en", "application/json", body)).build())
                    .statusCode()).as(body).isEqualTo(400);
        }
        Session s = login();
        for (String[] fields : List.of(new String[] {"scope", "WG.7", "label_fr", "Corruption"},
                new String[] {"scope", "WG.9", "label_fr", "Témoins"},
                new String[] {"scope", "WG.4", "label_fr", "Témoins", "parent", "no-such-theme"},
                new String[] {"scope", "WG.4", "label_fr", " "})) {
            String[] withToken = java.util.Arrays.copyOf(fields, fields.length + 2);
            withToken[fields.length] = "csrf";
            withToken[fields.length + 1] = s.csrf();
            HttpResponse<String> form = send(s.client(), post("/themes", "application/x-www-form-urlencoded",
                    form(withToken)).build());
            assertThat(form.statusCode()).as(String.join(" ", fields)).isEqualTo(400);
        }
        assertNothingChanged();
    }

    @Test
    void anUnknownThemeIs404AndChangesNothing() throws Exception {
        HttpResponse<String> label = send(ANONYMOUS, asEditor(put("/api/themes/no-such-theme/labels/en", "application/json",
                "{\"label\": \"Nothing\"}")).build());
        assertThat(label.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(label.body()).get("hint").asText()).isNotBlank();
        assertThat(send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url("/api/themes/no-such-theme"))).build())
                .statusCode()).isEqualTo(404);
        assertNothingChanged();
    }

    @Test
    void theThemeFormsOfALoggedInEditorCreateAndLabelThenRedirectWith303() throws Exception {
        Session s = login();
        snapshot();
        HttpResponse<String> created = send(s.client(), post("/themes", "application/x-www-form-urlencoded",
                form("scope", "COP", "label_fr", "Saisie des avoirs", "label_en", "", "parent", "", "csrf", s.csrf())).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/themes/saisie-des-avoirs");
        assertThat(stored("saisie-des-avoirs").scope()).isEqualTo(Body.COP);
        assertThat(stored("saisie-des-avoirs").labels()).containsOnlyKeys("fr");
        HttpResponse<String> labelled = send(s.client(), post("/themes/saisie-des-avoirs/labels",
                "application/x-www-form-urlencoded", form("language", "ru", "label", "Арест активов", "csrf", s.csrf())).build());
        assertThat(labelled.statusCode()).isEqualTo(303);
        assertThat(labelled.headers().firstValue("Location")).hasValue("/themes/saisie-des-avoirs#theme-labels");
        assertThat(stored("saisie-des-avoirs").label("ru")).isEqualTo("Арест активов");
        HttpResponse<String> page = send(s.client(), HttpRequest.newBuilder(URI.create(seeded.url("/themes/saisie-des-avoirs"))).build());
        assertThat(page.body()).contains("<dd lang=\"ru\" data-language=\"ru\">Арест активов</dd>");
        HttpResponse<String> badLanguage = send(s.client(), post("/themes/saisie-des-avoirs/labels",
                "application/x-www-form-urlencoded", form("language", "de", "label", "Vermögen", "csrf", s.csrf())).build());
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(seeded.store.themes().version()).isEqualTo(versionBefore + 2);
    }
}
