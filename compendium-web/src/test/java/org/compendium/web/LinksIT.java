package org.compendium.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The links on the real server with the seeds: {@code GET /api/provisions/{c}/references}, the mandates page and
 * {@code GET /api/works/{work}/mandates}, the drafting assistant's {@code POST /api/draft}, and the {@code /draft} page
 * in headless Chromium, with and without JavaScript.
 */
class LinksIT extends SeededBrowserIT {
    /** The citations these tests name, in one place (their form changes with the identity work). */
    private static final String RES_11_5_OP_16 = "COP res. 11/5 op. 16";
    private static final String RES_11_5_PP_7 = "COP res. 11/5 pp. 7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Res. 11/5 op. 16 with «réaliser» changed to «conduire». */
    private static String draft() {
        String adopted = seeded.text(RES_11_5_OP_16);
        assertThat(adopted).contains("de réaliser une étude");
        return adopted.replace("de réaliser une étude", "de conduire une étude");
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("/api/draft"))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aProvisionsReferencesAreTypedAndAnUnresolvedOneIsListed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("/api/provisions/"
                + java.net.URLEncoder.encode(RES_11_5_PP_7, StandardCharsets.UTF_8).replace("+", "%20") + "/references")))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode refs = JSON.readTree(r.body()).get("documents").get(0).get("references");
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).get("type").asText()).isEqualTo("ga-resolution");
        assertThat(refs.get(0).get("target").asText()).isEqualTo("A/RES/70/1");
        assertThat(refs.get(0).get("resolved").asBoolean()).isFalse();
        assertThat(refs.get(0).get("storedWork").isNull()).isTrue();
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url(
                "/api/provisions/COP%20res.%2099%2F9%20op.%201/references"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(404);
    }

    @Test
    void theMandatesPageListsEachTaskWithItsStatusAndTheReportOnIt() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(seeded.url("/mandates/cop-res-11-5"));
            assertThat(page.locator("h1")).hasText("Mandats de COP res. 11/5");
            assertThat(page.locator("ol.mandates > li")).hasCount(8);
            var op16 = page.locator("ol.mandates > li", new Page.LocatorOptions().setHasText(RES_11_5_OP_16));
            assertThat(op16.locator(".mandate-status")).hasText("Signalé comme non réalisé");
            assertThat(op16.locator(".mandate-reports li")).containsText("cite la résolution");
            assertThat(op16.locator(".mandate-reports blockquote")).containsText("réaliser une étude sur les effets des campagnes");
            op16.locator(".mandate-reports a").click();
            assertThat(page.locator("#citation")).containsText("para. 7");
        }
    }

    @Test
    void theMandatesApiAnswersAndRefusesWhatIsNotACopInstrument() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("/api/works/cop-res-11-5/mandates")))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode mandates = JSON.readTree(r.body()).get("mandates");
        assertThat(mandates).hasSize(8);
        assertThat(mandates.findValuesAsText("status")).contains("reported-not-done", "not-reported");
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("/api/works/som-protocol/mandates"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url("/api/works/cop-res-9-9/mandates"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiAnswersWithTheRewordedProvisionFirstAndItsDiff() throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("text", draft(), "limit", 3));
        HttpResponse<String> r = post("application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(r.body());
        assertThat(answer.get("matches")).hasSize(3);
        JsonNode first = answer.get("matches").get(0);
        assertThat(first.get("citation").asText()).isEqualTo(RES_11_5_OP_16);
        assertThat(first.get("changes").asInt()).isEqualTo(1);
        assertThat(first.get("verb").asText()).isEqualTo("prie");
        List<String> changed = new ArrayList<>();
        first.get("diff").forEach(run -> {
            if (!run.get("op").asText().equals("same")) {
                changed.add(run.get("op").asText() + ":" + run.get("text").asText());
            }
        });
        assertThat(changed).containsExactly("deleted:réaliser", "inserted:conduire");
    }

    @Test
    void theApiRefusesAFormABlankDraftAndABadLimitWithAHint() throws Exception {
        HttpResponse<String> form = post("application/x-www-form-urlencoded", "text=traite");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(form.body()).get("error").asText()).contains("must be JSON");
        HttpResponse<String> blank = post("application/json", "{\"text\": \"  \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(blank.body()).get("error").asText()).contains("the draft is empty");
        assertThat(JSON.readTree(blank.body()).get("hint").asText()).contains("\"text\"");
        assertThat(post("application/json", "{\"text\": \"traite\", \"limit\": 500}").statusCode()).isEqualTo(400);
        assertThat(post("application/json", "{\"text\": \"traite\", \"limit\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(post("application/json", "[1]").statusCode()).isEqualTo(400);
    }

    @Test
    void thePagePastesADraftAndMarksTheChangesInFrench() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(seeded.url("/"));
            page.locator("a[href='/draft']").click();
            assertThat(page.locator("h1")).hasText("Aide à la rédaction");
            page.locator("#draft-text").fill(draft());
            page.locator("#draft-limit").fill("2");
            page.locator("#draft-submit").click();
            assertThat(page.locator("#draft-results-h")).hasText("Les 2 dispositions adoptées les plus proches");
            var first = page.locator("li.draft-match").first();
            assertThat(first.locator(".hit-head code")).hasText(RES_11_5_OP_16);
            assertThat(first.locator(".draft-diff del")).hasText("réaliser");
            assertThat(first.locator(".draft-diff ins")).hasText("conduire");
            assertThat(first.locator(".draft-score")).containsText("une modification");
            assertThat(page.locator("#draft-text")).hasValue(draft());
            first.locator(".hit-head a").click();
            assertThat(page.locator("#citation")).hasText(RES_11_5_OP_16);
        }
    }

    @Test
    void theFormWorksWithoutJavaScriptAndShowsHostileTextAsText() {
        String hostile = "Les États <script>alert(3)</script> devraient coopérer <b>vite</b>.";
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(seeded.url("/draft"));
            assertThat(page.locator("h1")).hasText("Drafting assistant");
            page.locator("#draft-text").fill(hostile);
            page.locator("#draft-submit").click();
            assertThat(page.locator("#draft-text")).hasValue(hostile);
            // The seeded hostile provision is the closest: its markup and the draft's are both shown as text.
            var first = page.locator("li.draft-match").first();
            assertThat(first.locator(".hit-head code")).hasText(SeededServer.HOSTILE_CITATION.toString());
            assertThat(first.locator(".draft-diff")).containsText("Les États <script>alert(");
            assertThat(first.locator(".draft-diff del").allTextContents()).contains("1", "&amp; **bold**");
            assertThat(first.locator(".draft-diff ins").allTextContents()).contains("3", "<b>vite</b>");
            assertThat(page.locator("script:not([src])")).hasCount(0);
            assertThat(page.locator("b")).hasCount(0);
            assertThat(dialogs).isEmpty();
        }
    }

    @Test
    void aBlankDraftIsShownAsAnErrorWithTheForm() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(seeded.url("/draft"));
            page.evaluate("document.getElementById('draft-text').removeAttribute('required')");
            page.locator("#draft-text").fill("   ");
            page.locator("#draft-submit").click();
            assertThat(page.locator("p.error")).containsText("the draft is empty");
            assertThat(page.locator("#draft-text")).isVisible();
        }
    }
}
