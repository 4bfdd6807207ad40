package org.compendium.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.compendium.store.LinkStore;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.Test;

/**
 * A provision's explicit references on its page, in headless Chromium on the real server with the seeds: resolved
 * and unresolved ones listed, and an editor confirming or rejecting one with the page's form (login, CSRF token),
 * the decision stored, audited and shown — a rejected reference still listed, never dropped.
 */
class ReferencesIT extends SeededBrowserIT {
    private static final String PP_5 = "COP res. 11/5 pp. 5";

    private static com.microsoft.playwright.Locator reference(Page page, String target) {
        return page.locator("#provision-references li.reference[data-target='" + target + "']");
    }

    @Test
    void aReaderSeesTheReferencesResolvedOrNotAndNoEditorForms() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            page.navigate(seeded.url(Links.provision(PP_5).substring(1)));
            assertThat(page.locator("#references-h")).hasText("Références");
            assertThat(page.locator("#provision-references li.reference")).hasCount(4);
            assertThat(reference(page, "COP dec. 3/3").locator(".reference-status a")).hasText("enregistré");
            assertThat(reference(page, "COP res. 5/2").locator(".reference-status")).hasText("non enregistré (non résolu)");
            assertThat(reference(page, "COP res. 5/2")).hasAttribute("data-type", "cop-resolution");
            assertThat(page.locator("#references form.link-edit")).hasCount(0);
            // The resolved reference leads to the stored decision.
            reference(page, "COP dec. 3/3").locator(".reference-status a").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/works/cop-dec-3-3.*"));
        }
    }

    @Test
    void anEditorRejectsAResolvedReferenceAndConfirmsAnUnresolvedOneOnThePage() {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = loggedIn(context);
            page.navigate(seeded.url(Links.provision(PP_5).substring(1)));
            assertThat(reference(page, "COP dec. 3/3").locator("input[name=csrf]")).hasCount(1);
            reference(page, "COP dec. 3/3").getByText("Reject reference").click();
            assertThat(page.locator("#link-notice")).containsText("rejected: " + PP_5 + " → COP dec. 3/3");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#references$"));
            // Still listed, marked, and only the opposite verdict offered.
            assertThat(reference(page, "COP dec. 3/3")).hasAttribute("data-verdict", "rejected");
            assertThat(reference(page, "COP dec. 3/3").locator(".reference-verdict")).hasText("rejected by an editor");
            assertThat(reference(page, "COP dec. 3/3").getByText("Reject reference")).hasCount(0);

            reference(page, "COP dec. 2/3").getByText("Confirm reference").click();
            assertThat(reference(page, "COP dec. 2/3")).hasAttribute("data-verdict", "confirmed");
            assertThat(page.locator("#provision-references li.reference")).hasCount(4);
            assertThat(seeded.store.links().decisions("reference")).extracting(d -> d.source() + " → " + d.target() + " "
                    + d.verdict() + " " + d.editor()).contains(
                    PP_5 + " → COP dec. 3/3 " + LinkStore.Verdict.REJECTED + " " + SeededServer.EDITOR,
                    PP_5 + " → COP dec. 2/3 " + LinkStore.Verdict.CONFIRMED + " " + SeededServer.EDITOR);
            page.navigate(seeded.url("audit"));
            assertThat(page.locator("table.audit")).containsText("reject-reference");
            assertThat(page.locator("table.audit")).containsText("confirm-reference");
        }
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        try (BrowserContext context = run.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = loggedIn(context);
            int before = seeded.store.links().decisions("reference").size();
            var response = context.request().post(seeded.url(Links.provisionLinks(org.compendium.model.Citation.parse(PP_5)).substring(1)),
                    com.microsoft.playwright.options.RequestOptions.create().setForm(com.microsoft.playwright.options.FormData.create()
                            .set("type", "reference").set("target", "COP res. 10/3").set("action", "reject")).setMaxRedirects(0));
            assertThat(response.status()).isEqualTo(403);
            assertThat(seeded.store.links().decisions("reference")).hasSize(before);
        }
    }
}
