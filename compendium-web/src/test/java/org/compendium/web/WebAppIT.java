package org.compendium.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.compendium.parse.Corpus;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web application in real headless Chromium (Debian's {@code /usr/bin/chromium}, driven by Playwright; no
 * browser download), against the real server with the five seeds and the hostile fixture.
 */
class WebAppIT {
    private static BrowserRun run;
    private static SeededServer seeded;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

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

    @BeforeEach
    void newPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void browseFromHomeToADocumentThenOpenOneOfItsProvisions() {
        page.navigate(seeded.url("/"));
        page.locator("a[href='/works/wg7-meeting-8/fr']").click();
        assertThat(page).hasURL(seeded.url("/works/wg7-meeting-8/fr"));
        assertThat(page.locator("h1")).isVisible();
        Locator rec12 = page.locator("#rec_12");
        assertThat(rec12).containsText("CTOC/COP/WG.7 meeting 8 rec. 12");
        rec12.locator("a.provision-label").click();
        assertThat(page.locator("#citation")).hasText("CTOC/COP/WG.7 meeting 8 rec. 12");
        assertThat(page.locator("nav.breadcrumb")).containsText("Meeting 8");
        assertThat(page.locator("a[rel=prev]")).containsText("rec. 11");
        assertThat(page.locator("section.similar li").first()).isVisible();
    }

    @Test
    void anIndexReferenceOfThePublishedCompendiumOpensItsProvision() {
        page.navigate(seeded.url("compendium/WG.7"));
        assertThat(page.locator("#part-a h2")).containsText("A. Recommandations adoptées par le Groupe de travail");
        assertThat(page.locator("#part-b h2")).containsText("B. Résolutions et décisions adoptées par la Conférence des Parties");
        assertThat(page.locator("table.compendium-index tbody tr").first()).containsText("Appui consulaire et diplomatique");
        page.locator("table.compendium-index a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("V.2.e")).first().click();
        assertThat(page).hasURL(seeded.url(Links.provision(org.compendium.model.Citation.parse("CTOC/COP/WG.7 meeting 5 rec. 2(e)")).substring(1)));
        assertThat(page.locator("h1")).containsText("CTOC/COP/WG.7 meeting 5 rec. 2(e)");
    }

    @Test
    void theConsistencyPageIsLinkedFromThemesAndItsPairsOpenTheirProvisions() {
        page.navigate(seeded.url("themes"));
        page.locator("#consistency-link").click();
        assertThat(page).hasURL(seeded.url("themes/consistency"));
        assertThat(page.locator("#consistency-summary")).containsText("24 provisions have a near-identical provision");
        assertThat(page.locator("#pairs-h")).containsText("8 pairs themed differently");
        Locator first = page.locator("li.consistency-pair").first();
        assertThat(first.locator(".pair-heading")).containsText("I.2 (CTOC/COP/WG.7 meeting 1 rec. 2) ~ VI.2 (COP res. 6/3 op. 2)");
        first.locator(".pair-heading a", new Locator.LocatorOptions().setHasText("VI.2")).click();
        assertThat(page.locator("#citation")).hasText("COP res. 6/3 op. 2");
    }

    @Test
    void aSimilarProvisionInASuggestionsReasonOpensItsProvisionPage() {
        page.navigate(seeded.url(Links.provision(org.compendium.model.Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 3")).substring(1)));
        Locator link = page.locator("#suggestions .reason a").first();
        String citation = link.getAttribute("title");
        link.click();
        assertThat(page.locator("#citation")).hasText(citation);
    }

    @Test
    void switchingTheInterfaceToFrenchChangesStringsAndHtmlLangAndIsRemembered() {
        page.navigate(seeded.url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Browse the documents");
        page.locator("nav.lang-switch a[hreflang=fr]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Parcourir les documents");
        page.navigate(seeded.url("/documents/" + seeded.idOf(Corpus.RES_11_5)));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("#meta-h")).hasText("À propos de ce document");
        page.navigate(seeded.url("/?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void theCopyButtonPutsTheCitationOnTheClipboardAndAnnouncesIt() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext.GrantPermissionsOptions()
                .setOrigin(seeded.url("/").replaceAll("/$", "")));
        page.navigate(seeded.url(Links.provision(org.compendium.model.Citation.parse("COP res. 11/5 op. 4(b)")).substring(1)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy citation")).focus();
        page.keyboard().press("Enter");
        Locator status = page.locator("#copy-status");
        assertThat(status).hasAttribute("aria-live", "polite");
        assertThat(status).hasText("Citation copied to the clipboard: COP res. 11/5 op. 4(b)");
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo("COP res. 11/5 op. 4(b)");
    }

    @Test
    void keyboardReachesTheSearchBoxThroughTheSkipLink() {
        page.navigate(seeded.url("/"));
        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip-link[href='#main']")).isFocused();
        page.keyboard().press("Tab");
        Locator skip = page.locator("a.skip-link[href='#q']");
        assertThat(skip).isFocused();
        assertThat(skip).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.locator("#q")).isFocused();
        page.keyboard().type("entraide judiciaire");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/search\\?q=entraide\\+judiciaire"));
    }

    @Test
    void markupInDocumentsIsShownAsLiteralTextAndCreatesNoScript() {
        page.navigate(seeded.url("/"));
        int scripts = page.locator("script").count();
        page.navigate(seeded.url("/documents/" + seeded.hostileId));
        assertThat(page.locator("script")).hasCount(scripts);
        assertThat(page.locator("h1")).hasText(SeededServer.HOSTILE_TITLE);
        assertThat(page.locator("b, i, em")).hasCount(0);
        assertThat(page.locator(".provision-text").first()).hasText(SeededServer.HOSTILE_TEXT);
        page.navigate(seeded.url(Links.provision(SeededServer.HOSTILE_CITATION).substring(1)));
        assertThat(page.locator("script")).hasCount(scripts);
        assertThat(page.locator("blockquote.provision-text")).hasText(SeededServer.HOSTILE_TEXT);
        assertThat(page.locator("#citation")).hasText(SeededServer.HOSTILE_CITATION.toString());
        page.navigate(seeded.url("/search?q=" + Links.segment("<script>alert(3)</script> coopérer")));
        assertThat(page.locator("script")).hasCount(scripts);
        assertThat(page.locator("#q")).hasValue("<script>alert(3)</script> coopérer");
    }

    @Test
    void searchFilteredByTheWg7FacetShowsOnlyWg7HitsAndOpensOne() {
        page.navigate(seeded.url("/"));
        page.locator("#q").fill("entraide judiciaire");
        page.locator("#q").press("Enter");
        Locator hits = page.locator("li.hit");
        assertThat(hits.first()).isVisible();
        assertThat(page.locator("li.hit mark").first()).isVisible();
        page.getByLabel(Pattern.compile("^Working Group on the Smuggling of Migrants \\(WG\\.7\\)")).check();
        // htmx swaps the results region and pushes the filtered URL.
        assertThat(page).hasURL(Pattern.compile("body=WG\\.7"));
        assertThat(page.locator("input[name=body][value='WG.7']")).isChecked();
        int n = hits.count();
        assertThat(n).isPositive();
        for (int i = 0; i < n; i++) {
            assertThat(hits.nth(i).locator(".doc-meta")).containsText("(WG.7)");
        }
        hits.first().locator("a").first().click();
        assertThat(page.locator("#citation")).hasText(Pattern.compile("^CTOC/COP/WG\\.7 meeting "));
    }
}
