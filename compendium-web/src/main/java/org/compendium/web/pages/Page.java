package org.compendium.web.pages;

/**
 * What every page's layout needs besides the page's own content: the interface language and its strings, the link
 * to the same page in the other language, and the search box's current text.
 *
 * @param lang       the interface language
 * @param t          its strings
 * @param switchHref this page's URL with {@code lang} last, set to another language (see {@link #href})
 * @param query      the text to show in the search box (empty when none)
 * @param editor     the logged-in editor's name, or null for a visitor
 * @param csrf       the session's CSRF token for the page's forms (empty for a visitor)
 */
public record Page(UiLanguage lang, Messages t, String switchHref, String query, String editor, String csrf) {
    public Page {
        query = query == null ? "" : query;
        csrf = csrf == null ? "" : csrf;
    }

    /** This page's URL in the interface language {@code target}: {@link #switchHref} with its last {@code lang=} changed. */
    public String href(UiLanguage target) {
        int at = switchHref.lastIndexOf("lang=");
        return (at < 0 ? switchHref + (switchHref.contains("?") ? "&" : "?") : switchHref.substring(0, at)) + "lang=" + target.code();
    }

    /** The interface languages, in the UN's order, for the language switcher. */
    public java.util.List<UiLanguage> languages() {
        return java.util.List.of(UiLanguage.values());
    }

    /** Whether an editor is logged in (edit controls are shown). */
    public boolean isEditor() {
        return editor != null;
    }
}
