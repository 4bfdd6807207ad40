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
import java.util.Base64;
import java.util.List;
import org.compendium.store.LinkStore;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.Test;

/**
 * Lineage of agreed language on the real server with the seeds: {@code GET /api/provisions/{c}/lineage}, the provision
 * page's timeline in headless Chromium, and editors settling a link on the page (login, CSRF) and through the API.
 */
class LineageIT extends SeededBrowserIT {
    private static final String REC_20 = "CTOC/COP/WG.7 meeting 1 rec. 20";
    private static final String RES_6_3_OP_3 = "COP res. 6/3 op. 3";
    private static final String RES_5_3_OP_24 = "COP res. 5/3 op. 24";
    private static final String RES_6_3_OP_22 = "COP res. 6/3 op. 22";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(seeded.url(path.substring(1)))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theApiGivesTheRecommendationAsTheResolutionsAncestorWithTypeScoreDateAndDiff() throws Exception {
        HttpResponse<String> r = get(Links.provision(RES_6_3_OP_3).replace("/provisions/", "/api/provisions/") + "/lineage");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode lineage = JSON.readTree(r.body());
        assertThat(lineage.get("date").asText()).isEqualTo("2012-10-15");
        assertThat(lineage.get("ancestors")).hasSize(1);
        JsonNode rec = lineage.get("ancestors").get(0);
        assertThat(rec.get("citation").asText()).isEqualTo(REC_20);
        assertThat(rec.get("type").asText()).isEqualTo("reproduces");
        assertThat(rec.get("date").asText()).isEqualTo("2012-05-30");
        assertThat(rec.get("origin").asText()).isEqualTo("computed");
        assertThat(rec.get("score").asDouble()).isBetween(0.82, 1.0);
        List<String> inserted = new ArrayList<>();
        rec.get("diff").forEach(run -> {
            if (run.get("op").asText().equals("inserted")) {
                inserted.add(run.get("text").asText());
            }
        });
        assertThat(inserted).contains("et de mettre en œuvre");
        assertThat(get("/api/provisions/COP%20res.%2099%2F9%20op.%201/lineage").statusCode()).isEqualTo(404);
        assertThat(get("/api/provisions/not%20a%20citation/lineage").statusCode()).isEqualTo(400);
    }

    @Test
    void theProvisionPageShowsTheTimelineWithTheChangesMarkedAndLeadsToTheAncestor() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(seeded.url(Links.provision(RES_6_3_OP_3).substring(1)));
            assertThat(page.locator("#lineage-h")).hasText("Filiation du libellé");
            var ancestor = page.locator("#lineage-timeline li.lineage-ancestor");
            assertThat(ancestor).hasCount(1);
            assertThat(ancestor).hasAttribute("data-citation", REC_20);
            assertThat(ancestor.locator(".lineage-type")).hasText("reproduit");
            assertThat(ancestor.locator("time")).hasText("2012-05-30");
            assertThat(ancestor.locator(".lineage-diff del").allTextContents()).contains("devraient");
            assertThat(ancestor.locator(".lineage-diff ins").allTextContents()).contains("et de mettre en œuvre");
            assertThat(page.locator("#lineage-timeline li.lineage-self")).containsText(RES_6_3_OP_3);
            assertThat(page.locator("form.link-edit")).hasCount(0); // readers see no editor forms
            ancestor.locator("a").click();
            assertThat(page.locator("#citation")).hasText(REC_20);
            // (Another test may confirm a second descendant of rec. 20 first.)
            assertThat(page.locator("#lineage-timeline li.lineage-descendant[data-citation='" + RES_6_3_OP_3 + "']")).hasCount(1);
        }
    }

    @Test
    void anEditorRejectsALinkOnThePageAndItIsAuditedAndGone() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = loggedIn(context);
            page.navigate(seeded.url(Links.provision(RES_6_3_OP_22).substring(1)));
            var ancestor = page.locator("#lineage-timeline li.lineage-ancestor[data-citation='" + RES_5_3_OP_24 + "']");
            assertThat(ancestor).hasCount(1);
            ancestor.getByText("Reject link").click();
            assertThat(page.locator("#link-notice")).containsText("rejected: " + RES_5_3_OP_24 + " → " + RES_6_3_OP_22);
            assertThat(page.locator("#lineage-timeline li.lineage-ancestor[data-citation='" + RES_5_3_OP_24 + "']")).hasCount(0);
            assertThat(seeded.store.links().decisions("lineage")).anySatisfy(d -> {
                assertThat(d.source()).isEqualTo(RES_5_3_OP_24);
                assertThat(d.target()).isEqualTo(RES_6_3_OP_22);
                assertThat(d.verdict()).isEqualTo(LinkStore.Verdict.REJECTED);
                assertThat(d.editor()).isEqualTo(SeededServer.EDITOR);
            });
            page.navigate(seeded.url("audit"));
            assertThat(page.locator("table.audit")).containsText("reject-lineage");
        }
    }

    @Test
    void aLinkConfirmedThroughTheApiIsShownWhateverItsScoreWithHostileTextAsText() throws Exception {
        String target = SeededServer.HOSTILE_CITATION.toString();
        String body = JSON.writeValueAsString(java.util.Map.of("type", "lineage", "target", target, "action", "confirm"));
        String path = Links.provision(REC_20).replace("/provisions/", "/api/provisions/") + "/links";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(seeded.url(path.substring(1))))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> anonymous = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (SeededServer.EDITOR + ":" + SeededServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(request.header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("verdict").asText()).isEqualTo("confirmed");
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(seeded.url(Links.provision(REC_20).substring(1)));
            var confirmed = page.locator("#lineage-timeline li.lineage-descendant[data-citation='" + target + "']");
            assertThat(confirmed).hasCount(1);
            assertThat(confirmed.locator(".lineage-confirmed")).hasText("confirmed by an editor");
            assertThat(confirmed.locator(".lineage-diff ins").allTextContents()).anySatisfy(t -> assertThat(t).contains("<script>"));
            assertThat(page.locator("script:not([src])")).hasCount(0);
            assertThat(dialogs).isEmpty();
        }
    }

    @Test
    void anEditorRejectsAReportLinkOnTheMandatesPageAndTheStatusIsReadAgain() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(seeded.url("mandates/cop-res-11-5"));
            assertThat(page.locator("form.link-edit")).hasCount(0); // readers see no editor forms
            page.navigate(seeded.url("login"));
            BrowserRun.submitLogin(page);
            page.navigate(seeded.url("mandates/cop-res-11-5"));
            var op18 = page.locator("ol.mandates > li", new Page.LocatorOptions().setHasText("COP res. 11/5 op. 18"));
            assertThat(op18.locator(".mandate-status")).hasText("Reported");
            assertThat(op18.locator(".mandate-reports blockquote")).containsText("Plan d'action mondial des Nations Unies");
            op18.getByText("Reject link").click();
            assertThat(page.locator("#link-notice")).containsText("rejected: COP res. 11/5 op. 18 → CTOC/COP session 12 report 2024-07-23 para. 15");
            var after = page.locator("ol.mandates > li", new Page.LocatorOptions().setHasText("COP res. 11/5 op. 18"));
            assertThat(after.locator(".mandate-status")).hasText("Not reported");
            assertThat(after.locator(".mandate-reports")).hasCount(0);
        }
    }
}
