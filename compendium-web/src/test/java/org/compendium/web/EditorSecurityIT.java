package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Probes of the editors' side on the real server: cookies behind a TLS proxy, no caching of editors' pages, a query
 * nested thousands of levels deep, and password guessing throttled without starving searches.
 */
class EditorSecurityIT {
    private static SeededServer seeded;

    @BeforeAll
    static void start() {
        seeded = SeededServer.start();
    }

    @AfterAll
    static void stop() {
        seeded.close();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(seeded.url(path)));
    }

    private static HttpRequest.Builder loginForm(String password) {
        String form = "username=" + SeededServer.EDITOR + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&next=/";
        return get("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString((SeededServer.EDITOR + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSessionCookieIsSecureBehindATlsProxyAndEditorsPagesAreNeverCached() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> direct = send(plain, loginForm(SeededServer.PASSWORD).build());
        assertThat(direct.statusCode()).isEqualTo(303);
        assertThat(direct.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContainIgnoringCase("Secure");

        HttpResponse<String> proxied = send(plain, loginForm(SeededServer.PASSWORD).header("X-Forwarded-Proto", "https").build());
        assertThat(proxied.statusCode()).isEqualTo(303);
        assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("; Secure");

        assertThat(send(plain, get("/login").build()).headers().firstValue("Cache-Control")).contains("no-store");
        HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(send(editor, loginForm(SeededServer.PASSWORD).build()).statusCode()).isEqualTo(303);
        assertThat(send(editor, get("/").build()).headers().firstValue("Cache-Control")).as("an editor's page").contains("no-store");
        assertThat(send(plain, get("/").build()).headers().firstValue("Cache-Control")).as("a reader's page").isEmpty();
    }

    @Test
    void aQueryNestedAThousandLevelsDeepIsA400WithOneLine() throws Exception {
        // A thousand levels: what fits in a URL (Jetty answers 414 beyond 8 KB); QuerySyntaxTest tries 5000 in-process.
        String deep = "(".repeat(1000) + "migrants OR victimes" + ")".repeat(1000);
        HttpResponse<String> r = send(HttpClient.newHttpClient(),
                get("/api/search?q=" + URLEncoder.encode(deep, StandardCharsets.UTF_8)).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("nest 1000 levels deep").doesNotContain("StackOverflow").hasSizeLessThan(1000);
    }

    @Test
    void guessedPasswordsAreThrottledEvenTheRightOneThenWhileSearchesGoOn() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest search = get("/api/search?q=migrants").build();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = send(client, get("/api/provisions/x/themes").header("Authorization", basic("guess " + i))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(r.statusCode()).as("guess %d", i).isEqualTo(401);
        }
        HttpResponse<String> right = send(client, loginForm(SeededServer.PASSWORD).build());
        assertThat(right.statusCode()).as("the right password while the account must wait").isEqualTo(429);
        assertThat(right.body()).contains("too many failed logins");
        assertThat(send(client, search).statusCode()).as("a search meanwhile").isEqualTo(200);
        Thread.sleep(1100); // the first delay after ten failures is one second
        assertThat(send(client, loginForm(SeededServer.PASSWORD).build()).statusCode()).isEqualTo(303);
    }

    @Test
    void anEditorsOpenSessionEndsWhenTheirPasswordIsChangedOrTheyAreRemoved() throws Exception {
        // Another ThemeEditing on the store, as `compendium editors password|remove` in another process opens one.
        org.compendium.themes.ThemeEditing cli = new org.compendium.themes.ThemeEditing(seeded.store, java.time.Clock.systemUTC(), 1_000);
        cli.addEditor("session-alice", "first password".toCharArray());
        cli.addEditor("session-bob", "first password".toCharArray());
        HttpClient alice = loggedIn("session-alice", "first password");
        HttpClient bob = loggedIn("session-bob", "first password");
        HttpClient untouched = loggedIn(SeededServer.EDITOR, SeededServer.PASSWORD);

        assertThat(cli.changePassword("session-alice", "second password".toCharArray(), "admin")).isTrue();
        assertThat(cli.removeEditor("session-bob", "admin")).isTrue();

        for (HttpClient ended : java.util.List.of(alice, bob)) {
            HttpResponse<String> home = send(ended, get("/").build());
            assertThat(home.body()).as("the page after the change").doesNotContain("id=\"logout\"");
            HttpResponse<String> decision = send(ended, get("/api/provisions/x/themes").header("X-CSRF-Token", "any")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(decision.statusCode()).as("a change with the old session").isEqualTo(401);
        }
        assertThat(send(untouched, get("/").build()).body()).as("another editor's session").contains("id=\"logout\"");
        assertThat(send(loggedIn("session-alice", "second password"), get("/").build()).body()).contains("id=\"logout\"");
    }

    /** A client holding a new session of {@code editor}, checked to show the editor's logout button. */
    private static HttpClient loggedIn(String editor, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + editor + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=/";
        HttpResponse<String> login = send(client, get("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).as("login of %s", editor).isEqualTo(303);
        assertThat(send(client, get("/").build()).body()).as("%s logged in", editor).contains("id=\"logout\"");
        return client;
    }

    @Test
    void healthSaysTheStoreAnswersAndTheIndexShowsItsLatestState() throws Exception {
        HttpResponse<String> r = send(HttpClient.newHttpClient(), get("/health").build());
        assertThat(r.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode health = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.at("/store/documents").asInt()).isEqualTo(seeded.store.documentCount());
        assertThat(health.at("/store/generation").asLong()).isEqualTo(seeded.store.generation()).isPositive();
        assertThat(health.at("/index/provisions").asInt()).isEqualTo(seeded.store.provisionCount());
        assertThat(health.at("/index/inStep").asBoolean()).isTrue();
    }
}
