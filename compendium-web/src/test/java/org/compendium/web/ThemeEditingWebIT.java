package org.compendium.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.compendium.model.Citation;
import org.compendium.model.ThemeVerdict;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An editor's round trips in real headless Chromium: log in, accept a suggested theme for an unthemed 2021
 * recommendation, see it as the provision's theme, on the theme's page and through the search's theme facet; create a
 * WG.4 theme from the list of themes and give it an English label that the English interface then shows; after
 * logging out the edit controls are gone.
 */
class ThemeEditingWebIT {
    private static final Citation REC_3 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 3");
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

    @Test
    void anEditorAcceptsASuggestedThemeThatThenShowsOnThePagesAndInTheSearchFacet() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            String provision = seeded.url(Links.provision(REC_3).substring(1));

            page.navigate(provision);
            assertThat(page.locator("#no-themes")).isVisible();
            assertThat(page.locator("#suggestions li").first()).isVisible();
            assertThat(page.locator("form.theme-edit")).hasCount(0);

            page.locator("#login-link").click();
            BrowserRun.submitLogin(page);
            assertThat(page.locator(".editor-name")).containsText(SeededServer.EDITOR);

            page.navigate(provision);
            Locator first = page.locator("#suggestions li").first();
            String themeId = first.getAttribute("data-theme");
            String label = first.locator("a").first().textContent();
            assertThat(first.locator(".score")).containsText("score");
            assertThat(first.locator(".reason")).not().isEmpty();
            first.getByText("Accept").click();

            assertThat(page.locator("#theme-notice")).containsText("Theme accepted: " + label);
            assertThat(page.locator("#provision-themes")).containsText(label);
            assertThat(page.locator("#provision-themes")).containsText("accepted by " + SeededServer.EDITOR);
            assertThat(page.locator("#suggestions li[data-theme='" + themeId + "']")).hasCount(0);
            assertThat(seeded.store.themes().decisions()).anySatisfy(d -> {
                assertThat(d.citation()).isEqualTo(REC_3);
                assertThat(d.themeId()).isEqualTo(themeId);
                assertThat(d.verdict()).isEqualTo(ThemeVerdict.ACCEPTED);
            });

            page.locator("#provision-themes a", new Page.LocatorOptions().setHasText(label)).click();
            assertThat(page.locator("#theme-title")).hasText(label);
            assertThat(page.locator("#decided")).containsText(REC_3.toString());

            page.navigate(seeded.url("search?q=" + Links.segment("mécanismes juridiques")));
            Locator facet = page.locator("input[name='theme'][value='" + themeId + "']");
            assertThat(page.locator("label[for='" + facet.getAttribute("id") + "']")).containsText(label);
            facet.check();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("theme=" + themeId));
            assertThat(page.locator("ol.hits")).containsText(REC_3.toString());

            page.navigate(seeded.url("audit"));
            assertThat(page.locator("table.audit")).containsText(REC_3.toString());

            page.locator("#logout").click();
            assertThat(page.locator("#login-link")).isVisible();
            page.navigate(provision);
            assertThat(page.locator("#provision-themes")).containsText(label);
            assertThat(page.locator("form.theme-edit")).hasCount(0);
            assertThat(page.locator("#theme-add")).hasCount(0);
            page.navigate(seeded.url("audit"));
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?next=/audit"));
        }
    }

    @Test
    void themeLabelsAndTheThemeListAreShownAndEscaped() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(seeded.url("themes"));
            assertThat(page.locator("h1")).hasText("Thèmes");
            Locator sub = page.locator("ul.theme-tree > li ul a", new Page.LocatorOptions()
                    .setHasText("Coopération internationale (entraide judiciaire)"));
            assertThat(sub).isVisible();
            sub.click();
            assertThat(page.locator("section.theme-group").first()).containsText("Partie A");
            assertThat(page.locator("table.theme-table a").first()).hasAttribute("href",
                    java.util.regex.Pattern.compile("^/provisions/"));
            assertThat(page.locator("script:not([src])")).hasCount(0);
        }
    }

    @Test
    void anEditorCreatesAWg4ThemeLabelsItInEnglishAndTheEnglishInterfaceShowsTheLabel() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(seeded.url("themes"));
            assertThat(page.locator("#theme-new")).hasCount(0);

            page.navigate(seeded.url("login?next=/themes"));
            BrowserRun.submitLogin(page);
            assertThat(page).hasURL(seeded.url("themes"));

            page.locator("#new-scope").selectOption("WG.4");
            page.locator("#new-label-fr").fill("Identification des victimes");
            page.locator("#new-submit").click();
            assertThat(page).hasURL(seeded.url("themes/identification-des-victimes"));
            assertThat(page.locator("#theme-title")).hasText("Identification des victimes");
            assertThat(page.locator("#theme-notice")).hasText("Theme created: Identification des victimes.");
            assertThat(page.locator(".theme-scope")).containsText("WG.4");

            page.locator("#label-language").selectOption("en");
            page.locator("#label-text").fill("Victim identification");
            page.locator("#label-submit").click();
            assertThat(page).hasURL(seeded.url("themes/identification-des-victimes#theme-labels"));
            assertThat(page.locator("#theme-notice")).hasText("Label saved in English: Victim identification.");
            assertThat(page.locator("#theme-title")).hasText("Victim identification");
            assertThat(page.locator("#theme-labels dd[lang='fr']")).hasText("Identification des victimes");

            page.navigate(seeded.url("themes?lang=en"));
            Locator wg4 = page.locator("[id='vocabulary-WG.4']").locator("xpath=..");
            assertThat(wg4.locator("h2")).containsText("Trafficking in Persons");
            assertThat(wg4.locator("ul.theme-tree a")).hasText("Victim identification");
            assertThat(wg4.locator("ul.theme-tree a")).hasAttribute("lang", "en");
            page.navigate(seeded.url("themes?lang=fr"));
            assertThat(wg4.locator("ul.theme-tree a")).hasText("Identification des victimes");

            page.navigate(seeded.url("audit?lang=en"));
            Locator created = page.locator("table.audit tbody tr", new Page.LocatorOptions().setHasText("create-theme"));
            assertThat(created.locator("td").nth(3)).isEmpty();
            assertThat(created.locator("td").nth(4)).hasText("identification-des-victimes");
            Locator labelled = page.locator("table.audit tbody tr", new Page.LocatorOptions().setHasText("en: Victim identification"));
            assertThat(labelled.locator("td").nth(2)).hasText("label");
            assertThat(labelled.locator("td").nth(3)).isEmpty();
            assertThat(labelled.locator("td").nth(5)).hasText("none");

            page.locator("#logout").click();
            page.navigate(seeded.url("themes/identification-des-victimes"));
            assertThat(page.locator("#theme-title")).hasText("Victim identification");
            assertThat(page.locator("#theme-label")).hasCount(0);
            page.navigate(seeded.url("themes"));
            assertThat(page.locator("#theme-new")).hasCount(0);
        }
    }
}
