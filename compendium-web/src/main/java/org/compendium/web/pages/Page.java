package org.compendium.web.pages;

/**
 * What every page's layout needs besides the page's own content: the interface language and its strings, the link
 * to the same page in the other language, and the search box's current text.
 *
 * @param lang       the interface language
 * @param t          its strings
 * @param switchHref this page's URL with {@code lang} set to the other language
 * @param query      the text to show in the search box (empty when none)
 */
public record Page(UiLanguage lang, Messages t, String switchHref, String query) {
    public Page {
        query = query == null ? "" : query;
    }
}
