package org.compendium.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * What a browser test class needs for its lifetime: the seeded server and a headless Chromium; closing it stops both.
 *
 * @param seeded     the server over the seeded store
 * @param playwright the Playwright driver
 * @param browser    Debian's Chromium, headless
 */
record BrowserRun(SeededServer seeded, Playwright playwright, Browser browser) implements AutoCloseable {
    static BrowserRun start() {
        SeededServer seeded = SeededServer.start();
        Playwright playwright = Chromium.playwright();
        return new BrowserRun(seeded, playwright, Chromium.launch(playwright));
    }

    /** Fills in and sends the login form {@code page} shows, as the seeded store's editor. */
    static void submitLogin(Page page) {
        page.locator("#username").fill(SeededServer.EDITOR);
        page.locator("#password").fill(SeededServer.PASSWORD);
        page.locator("#login-submit").click();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        seeded.close();
    }
}
