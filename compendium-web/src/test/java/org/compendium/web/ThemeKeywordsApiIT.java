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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.AuditEntry;
import org.compendium.model.ThemeKeyword;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keywords over HTTP on the real server: anyone reads a theme's keywords; an editor (HTTP Basic, or the session and
 * its CSRF token) adds and removes them, audited and versioned; anything else is refused and changes nothing.
 */
class ThemeKeywordsApiIT {
    private static final String THEME = "possibilites-de-migration";
    private static final String PATH = "/api/themes/" + THEME + "/keywords";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient ANONYMOUS = HttpClient.newHttpClient();
    private static SeededServer seeded;

    @BeforeAll
    static void start() {
        seeded = SeededServer.start();
    }

    @AfterAll
    static void stop() {
        seeded.close();
    }

    private static HttpRequest.Builder request(String method, String body) {
        return HttpRequest.newBuilder(URI.create(seeded.url(PATH))).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String keyword(String language, String keyword) {
        return "{\"language\": \"" + language + "\", \"keyword\": \"" + keyword + "\"}";
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((SeededServer.EDITOR + ":" + SeededServer.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<ThemeKeyword> stored() {
        return seeded.store.themes().keywords().stream().filter(k -> k.themeId().equals(THEME)).toList();
    }

    @Test
    void anEditorAddsAndRemovesAKeywordAuditedAndVersionedAndAnyoneReadsThem() throws Exception {
        int version = seeded.store.themes().version();
        HttpResponse<String> added = send(ANONYMOUS, request("POST", keyword("en", "legal migration pathways"))
                .header("Authorization", basic()).build());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode list = JSON.readTree(added.body());
        assertThat(list).extracting(k -> k.get("language").asText() + ":" + k.get("keyword").asText())
                .contains("en:legal migration pathways");
        assertThat(seeded.store.themes().version()).isEqualTo(version + 1);
        AuditEntry last = seeded.store.themes().audit().getLast();
        assertThat(last.action()).isEqualTo("keyword-add");
        assertThat(last.after()).isEqualTo("en: legal migration pathways");
        assertThat(last.editor()).isEqualTo(SeededServer.EDITOR);

        HttpResponse<String> read = send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url(PATH))).build());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body())).extracting(k -> k.get("keyword").asText())
                .contains("legal migration pathways");

        HttpResponse<String> twice = send(ANONYMOUS, request("POST", keyword("en", "legal migration pathways"))
                .header("Authorization", basic()).build());
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(twice.body()).get("error").asText()).contains("already");

        HttpResponse<String> removed = send(ANONYMOUS, request("DELETE", keyword("en", "legal migration pathways"))
                .header("Authorization", basic()).build());
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(stored()).noneMatch(k -> k.keyword().equals("legal migration pathways"));
        assertThat(seeded.store.themes().audit().getLast().action()).isEqualTo("keyword-remove");
    }

    @Test
    void withoutCredentialsOrWithAForgedCsrfTokenNothingChanges() throws Exception {
        List<ThemeKeyword> before = stored();
        List<AuditEntry> audit = seeded.store.themes().audit();
        HttpResponse<String> anonymous = send(ANONYMOUS, request("POST", keyword("fr", "migration régulière")).build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + SeededServer.EDITOR + "&password="
                + URLEncoder.encode(SeededServer.PASSWORD, StandardCharsets.UTF_8) + "&next=/";
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(URI.create(seeded.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).isEqualTo(303);
        HttpResponse<String> forged = send(browser, request("POST", keyword("fr", "migration régulière"))
                .header("X-CSRF-Token", "forged").build());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> badLanguage = send(ANONYMOUS, request("POST", keyword("de", "Migration"))
                .header("Authorization", basic()).build());
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = send(ANONYMOUS, HttpRequest.newBuilder(URI.create(seeded.url(
                "/api/themes/no-such-theme/keywords"))).build());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
        assertThat(seeded.store.themes().audit()).isEqualTo(audit);

        // With the session's own token the same request goes through.
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(seeded.url(
                "/provisions/" + Links.segment("CTOC/COP/WG.7 meeting 8 rec. 1")))).build());
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> ok = send(browser, request("POST", keyword("fr", "migration régulière"))
                .header("X-CSRF-Token", m.group(1)).build());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(stored()).extracting(ThemeKeyword::keyword).contains("migration régulière");
    }

    @Test
    void theThemePageFormAddsAndRemovesAKeywordWithTheSessionsCsrfTokenOnly() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = "username=" + SeededServer.EDITOR + "&password="
                + URLEncoder.encode(SeededServer.PASSWORD, StandardCharsets.UTF_8) + "&next=/";
        assertThat(send(browser, form("/login", login)).statusCode()).isEqualTo(303);
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(seeded.url("/themes/" + THEME)))
                .build());
        assertThat(page.body()).contains("id=\"theme-keywords\"");
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        String csrf = m.group(1);
        String path = "/themes/" + THEME + "/keywords";

        HttpResponse<String> forged = send(browser, form(path, "csrf=forged&action=add&language=fr&keyword=exode"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stored()).noneMatch(k -> k.keyword().equals("exode"));

        HttpResponse<String> added = send(browser, form(path, "csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                + "&action=add&language=fr&keyword=exode"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("#theme-keywords"));
        assertThat(stored()).anyMatch(k -> k.keyword().equals("exode"));
        assertThat(send(browser, HttpRequest.newBuilder(URI.create(seeded.url("/themes/" + THEME))).build()).body())
                .contains("<span lang=\"fr\">exode</span>");

        HttpResponse<String> removed = send(browser, form(path, "csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                + "&action=remove&language=fr&keyword=exode"));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(stored()).noneMatch(k -> k.keyword().equals("exode"));
    }

    private static HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(seeded.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
