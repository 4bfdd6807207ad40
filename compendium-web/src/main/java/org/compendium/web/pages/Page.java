package org.compendium.web.pages;

/**
 * What every page's layout needs besides the page's own content: the interface language and its strings, the link
 * to the same page in the other language, and the search box's current text.
 *
 * @param lang       the interface language
 * @param t          its strings
 * @param switchHref this page's URL with {@code lang} set to the other language
 * @param query      the text to show in the search box (empty when none)
 * @param editor     the logged-in editor's name, or null for a visitor
 * @param csrf       the session's CSRF token for the page's forms (empty for a visitor)
 */
public record Page(UiLanguage lang, Messages t, String switchHref, String query, String editor, String csrf) {
    public Page {
        query = query == null ? "" : query;
        csrf = csrf == null ? "" : csrf;
    }

    /** Whether an editor is logged in (edit controls are shown). */
    public boolean isEditor() {
        return editor != null;
    }
}
