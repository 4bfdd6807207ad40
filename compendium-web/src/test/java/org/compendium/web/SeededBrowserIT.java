package org.compendium.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up the browser tests of links share (references, lineage, drafting and mandates): for each test class, the
 * seeded server and a headless Chromium ({@link BrowserRun}), started before its first test and stopped after its
 * last, and the editor's login. Each class gets its own server and store, so one class's editors' decisions never
 * reach another's; the classes run one after the other, as the build runs them.
 */
abstract class SeededBrowserIT {
    static BrowserRun run;
    static SeededServer seeded;

    @BeforeAll
    static void startServerAndBrowser() {
        run = BrowserRun.start();
        seeded = run.seeded();
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (run != null) {
            run.close();
            run = null;
            seeded = null;
        }
    }

    /** A page of {@code context} after the editor's login (the session and its CSRF token). */
    static Page loggedIn(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(seeded.url("login"));
        BrowserRun.submitLogin(page);
        return page;
    }
}
