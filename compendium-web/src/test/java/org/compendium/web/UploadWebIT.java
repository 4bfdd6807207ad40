package org.compendium.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An editor uploads a document in real headless Chromium: the upload link appears after logging in, the English
 * working-group report fixture (under a file name with markup and quotes) is ingested, its {@code OK}
 * line is shown escaped with the sanitised name, and its recommendations are then found by the search page; a file
 * that is not a document answers its {@code FAILED} line; a visitor is sent to the login form.
 */
class UploadWebIT {
    private static BrowserRun run;
    private static SeededServer seeded;
    private static Browser browser;

    @BeforeAll
    static void start() {
        run = BrowserRun.start();
        seeded = run.seeded();
        browser = run.browser();
    }

    @AfterAll
    static void stop() {
        if (run != null) {
            run.close();
        }
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = UploadWebIT.class.getResourceAsStream("/fixtures/wg-report/en.txt")) {
            assertThat(in).as("the wg-report fixture on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    private static void logIn(Page page) {
        page.navigate(seeded.url("upload"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?next=/upload"));
        BrowserRun.submitLogin(page);
        assertThat(page.locator(".editor-name")).containsText(SeededServer.EDITOR);
    }

    @Test
    void anUploadedReportIsIngestedItsLineShownEscapedAndItIsSearchable() throws IOException {
        int before = seeded.store.documentCount();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            logIn(page);
            page.locator("#upload-link").click();
            page.locator("#upload-file").setInputFiles(new FilePayload("<i>WG.4 report<i> \"2025\".txt", "text/plain",
                    fixture()));
            page.locator("#upload-submit").click();

            assertThat(page.locator("#upload-lines")).containsText("OK  _i_WG.4 report_i_ _2025_.txt  meeting-report  WG.4");
            assertThat(page.locator("#upload-lines")).containsText("ingested");
            assertThat(page.locator("#upload-lines i")).hasCount(0);
            assertThat(seeded.store.documentCount()).isEqualTo(before + 1);

            page.navigate(seeded.url("search?q=" + java.net.URLEncoder.encode("mixed migration flows", StandardCharsets.UTF_8)
                    + "&lang=en"));
            assertThat(page.locator("ol.hits")).containsText("CTOC/COP/WG.4 meeting 14");
        }
    }

    @Test
    void anEditorPublishesAnEditionOfChosenMeetingsAndDownloadsItRecorded() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setAcceptDownloads(true))) {
            Page page = context.newPage();
            logIn(page);
            page.locator("#publish-link").click();
            page.locator("#publish-body").selectOption("WG.7");
            page.locator("#publish-meetings").fill("1-6");
            page.locator("#publish-sessions").fill("1-6");
            page.locator("#publish-format").selectOption("md");
            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#publish-submit").click());
            assertThat(download.suggestedFilename()).matches("compendium-WG\\.7-fr-edition-\\d+\\.md");
            String markdown = Files.readString(download.path(), StandardCharsets.UTF_8);
            // The introduction names part A: the stored compendium's own ("… figurent dans la partie A du recueil") when
            // the seeds hold it, the one written from the content ("… (partie A) …") otherwise.
            assertThat(markdown).startsWith("# ").contains("## Introduction").containsPattern("\\(?partie A")
                    .contains("id=\"wg7-meeting-6.").doesNotContain("id=\"wg7-meeting-7."); // meetings 1-6, as chosen
            long id = Long.parseLong(download.suggestedFilename().replaceAll("^.*-edition-(\\d+)\\.md$", "$1"));
            assertThat(seeded.store.editions().snapshot(id)).as("edition %d recorded", id).isPresent();
        }
    }

    @Test
    void aVisitorIsSentToTheLoginFormAndAPostWithoutTheTokenIsRefused() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(seeded.url("publish"));
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?next=/publish"));
        }
        java.net.http.HttpResponse<String> post = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(seeded.url("publish")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("body=WG.7&format=md")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void aFileThatIsNoDocumentShowsItsFailedLineAndStoresNothing() throws IOException {
        int before = seeded.store.documentCount();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            logIn(page);
            page.navigate(seeded.url("upload"));
            page.locator("#upload-file").setInputFiles(new FilePayload("empty.txt", "text/plain", new byte[0]));
            page.locator("#upload-submit").click();
            assertThat(page.locator("#upload-lines")).containsText("FAILED");
            assertThat(seeded.store.documentCount()).isEqualTo(before);
        }
    }
}
