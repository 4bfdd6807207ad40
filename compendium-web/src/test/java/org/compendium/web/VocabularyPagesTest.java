package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.AuditEntry;
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.compendium.web.catalogue.ThemeCatalogue.ThemeDetail;
import org.compendium.web.catalogue.ThemeCatalogue.ThemeNode;
import org.compendium.web.pages.Messages;
import org.compendium.web.pages.Page;
import org.compendium.web.pages.PageRenderer;
import org.compendium.web.pages.ThemePages;
import org.compendium.web.pages.UiLanguage;
import org.junit.jupiter.api.Test;

/**
 * The editors' vocabulary forms, rendered from the templates without a server: shown to a logged-in editor only, with
 * the session's CSRF token; labels in the interface language when the theme has one; editors' labels escaped; audit
 * rows of vocabulary changes with their theme and no provision.
 */
class VocabularyPagesTest {
    private static final PageRenderer RENDERER = new PageRenderer();
    private static final String HOSTILE = "Victimes <script>alert(5)</script> & \"témoins\"";
    private static final Theme WG4 = new Theme("victimes", Map.of("fr", HOSTILE, "en", "Victims <b>"), null, Body.WG_TIP);
    private static final Theme WG7 = new Theme("corruption", Map.of("fr", "Corruption"), null, Body.WG_SOM);

    private static Page page(UiLanguage lang, boolean editor) {
        return new Page(lang, Messages.of(lang), "?lang=" + lang.other().code(), "", editor ? "alice" : null,
                editor ? "token-123" : "");
    }

    private static String themes(UiLanguage lang, boolean editor) {
        return RENDERER.html("themes.jte", Map.of("page", page(lang, editor),
                "tree", Map.of(Body.WG_TIP, List.of(new ThemeNode(WG4, 0, List.of()))), "scopes", ThemePages.SCOPES,
                "parents", editor ? Map.of(Body.WG_SOM, List.of(WG7), Body.WG_TIP, List.of(WG4)) : Map.of()));
    }

    private static String theme(UiLanguage lang, boolean editor, Optional<ThemePages.VocabularyFlash> flash) {
        return RENDERER.html("theme.jte", Map.of("page", page(lang, editor),
                "detail", new ThemeDetail(WG4, null, List.of(), List.of(), List.of()),
                "languages", ThemePages.LANGUAGES, "flash", flash));
    }

    @Test
    void aVisitorSeesNeitherTheNewThemeFormNorTheLabelForm() {
        for (UiLanguage lang : UiLanguage.values()) {
            assertThat(themes(lang, false)).doesNotContain("<form class=\"theme-form\"").doesNotContain("name=\"csrf\"");
            assertThat(theme(lang, false, Optional.empty())).doesNotContain("<form class=\"theme-form\"")
                    .doesNotContain("id=\"theme-labels\"");
        }
    }

    @Test
    void anEditorsFormsCarryTheSessionsCsrfTokenTheThreeScopesAndTheSixLanguages() {
        String list = themes(UiLanguage.EN, true);
        assertThat(list).contains("<form class=\"theme-form\" id=\"theme-new\" action=\"/themes\" method=\"post\">")
                .contains("<input type=\"hidden\" name=\"csrf\" value=\"token-123\">")
                .contains("<option value=\"WG.7\">", "<option value=\"WG.4\">", "<option value=\"COP\">")
                .contains("<optgroup label=\"WG.7\">", "<option value=\"corruption\">Corruption</option>");
        assertThat(list.indexOf("value=\"WG.7\"")).isLessThan(list.indexOf("value=\"WG.4\""));
        String page = theme(UiLanguage.EN, true, Optional.empty());
        assertThat(page).contains("action=\"/themes/victimes/labels\"").contains("name=\"csrf\" value=\"token-123\"")
                .contains("<option value=\"en\" selected>English (en)</option>")
                .contains("<option value=\"zh\">Chinese (zh)</option>");
        assertThat(ThemePages.LANGUAGES).containsExactly("ar", "en", "es", "fr", "ru", "zh");
        assertThat(theme(UiLanguage.FR, true, Optional.empty())).contains("<option value=\"fr\" selected>français (fr)</option>");
    }

    @Test
    void labelsShowInTheInterfaceLanguageWhenTheThemeHasOneAndEveryLabelIsEscaped() {
        String fr = themes(UiLanguage.FR, true);
        assertThat(fr).contains("lang=\"fr\">Victimes &lt;script&gt;alert(5)&lt;/script&gt; &amp; \"témoins\"</a>")
                .doesNotContain("<script>alert(5)");
        String en = themes(UiLanguage.EN, false);
        assertThat(en).contains("lang=\"en\">Victims &lt;b&gt;</a>").doesNotContain("Victims <b>");
        String page = theme(UiLanguage.EN, true, Optional.of(new ThemePages.VocabularyFlash("themes.done.labelled",
                "victimes", "en")));
        assertThat(page).contains("<h1 id=\"theme-title\" lang=\"en\">Victims &lt;b&gt;</h1>")
                .contains("Label saved in English: Victims &lt;b&gt;.")
                .contains("<dd lang=\"fr\" data-language=\"fr\">Victimes &lt;script&gt;")
                .doesNotContain("<script>alert(5)").doesNotContain("Victims <b>");
        assertThat(theme(UiLanguage.FR, true, Optional.of(new ThemePages.VocabularyFlash("themes.done.created",
                "victimes", null)))).contains("Thème créé : Victimes &lt;script&gt;");
    }

    @Test
    void auditRowsOfVocabularyChangesNameTheThemeAndNoProvision() {
        Instant at = Instant.parse("2025-03-01T14:05:09Z");
        String html = RENDERER.html("audit.jte", Map.of("page", page(UiLanguage.EN, true), "entries", List.of(
                new AuditEntry(2, "alice", at, "label", null, "victimes", "none", "en: Victims <b>"),
                new AuditEntry(1, "alice", at, "create-theme", null, "victimes", "none", "WG.4; fr: " + HOSTILE))));
        assertThat(html).contains("<td>label</td><td></td><td><a href=\"/themes/victimes\">victimes</a></td>"
                + "<td>none</td><td>en: Victims &lt;b&gt;</td>")
                .contains("<td>create-theme</td><td></td><td><a href=\"/themes/victimes\">victimes</a></td>")
                .doesNotContain("<script>alert(5)");
    }

    @Test
    void anEditorSeesTheThemesKeywordsEscapedEachWithItsRemoveFormAndTheAddForm() {
        List<org.compendium.model.ThemeKeyword> keywords = List.of(
                new org.compendium.model.ThemeKeyword("victimes", org.compendium.model.Language.ENGLISH, "victims <i>"),
                new org.compendium.model.ThemeKeyword("victimes", org.compendium.model.Language.FRENCH, "témoins"));
        String page = RENDERER.html("theme.jte", Map.of("page", page(UiLanguage.EN, true),
                "detail", new ThemeDetail(WG4, null, List.of(), List.of(), List.of()),
                "languages", ThemePages.LANGUAGES, "flash", Optional.of(new ThemePages.VocabularyFlash(
                        "themes.done.keywordAdded", "victimes", "en")), "keywords", keywords));
        assertThat(page).contains("id=\"theme-keywords\"").contains("<span lang=\"en\">victims &lt;i&gt;</span> (en)")
                .contains("<input type=\"hidden\" name=\"keyword\" value=\"victims &lt;i>\">")
                .contains("action=\"/themes/victimes/keywords\"").contains("name=\"action\" value=\"add\"")
                .contains("Keyword added in English.").doesNotContain("victims <i>").doesNotContain("keywords-none");
        // the log-out form, the label form, two remove forms and the add form each carry the token
        assertThat(page.split("name=\"csrf\" value=\"token-123\"", -1)).hasSize(1 + 5);
        assertThat(theme(UiLanguage.FR, true, Optional.empty())).contains("Aucun mot-clé pour l’instant.");
        assertThat(theme(UiLanguage.EN, false, Optional.empty())).doesNotContain("theme-keywords");
    }
}
