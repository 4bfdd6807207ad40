package org.compendium.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.AuditEntry;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Theme;
import org.compendium.model.ThemeVerdict;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.themes.ThemeEditing;
import org.compendium.web.api.ApiException;
import org.compendium.web.api.Params;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.catalogue.ThemeCatalogue;
import org.compendium.web.catalogue.ThemeChanges;
import org.compendium.web.catalogue.ThemeConsistency;

/**
 * The theme pages: the list of themes, a theme's provisions grouped like the published index, the index's
 * consistency (near-identical provisions themed differently), the audit log (editors only), and the editors' forms,
 * each with the session's CSRF token: the provision page's (accept, reject or add a theme), the list's (a new theme)
 * and a theme page's (a label in one of the six UN languages).
 */
public final class ThemePages {
    /** The session attribute carrying the outcome of an edit to the provision page it redirects to. */
    static final String FLASH = "compendium.flash";
    /** The session attribute carrying the outcome of a vocabulary edit to the theme page it redirects to. */
    static final String VOCABULARY_FLASH = "compendium.flash.vocabulary";
    /** The vocabularies, in the order the pages list them: the imported smuggling index first. */
    public static final List<Body> SCOPES = List.of(Body.WG_SOM, Body.WG_TIP, Body.COP);
    /** The languages a label can be set in, in code order. */
    public static final List<String> LANGUAGES = ThemeEditing.LANGUAGES.stream().sorted().toList();
    private final ThemeCatalogue themes;
    private final ThemeConsistency consistency;
    private final ThemeChanges changes;
    private final EditorAuth auth;
    private final PageRenderer renderer;

    public ThemePages(ThemeCatalogue themes, ThemeConsistency consistency, ThemeChanges changes, EditorAuth auth,
            PageRenderer renderer) {
        this.themes = themes;
        this.consistency = consistency;
        this.changes = changes;
        this.auth = auth;
        this.renderer = renderer;
    }

    /**
     * What the provision page says after an edit.
     *
     * @param key        the message key ({@code themes.done.accept}, ...)
     * @param themeId    the theme
     * @param indexError why the search index was not updated, or null
     */
    public record Flash(String key, String themeId, String indexError) implements java.io.Serializable {
    }

    /**
     * What a theme page says after a vocabulary edit.
     *
     * @param key      the message key ({@code themes.done.created} or {@code themes.done.labelled})
     * @param themeId  the theme
     * @param language the language of the label set, or null
     */
    public record VocabularyFlash(String key, String themeId, String language) implements java.io.Serializable {
    }

    /**
     * {@code GET /themes}: every theme with its number of provisions, by vocabulary, sub-themes under their parent;
     * for an editor, the form adding a theme.
     */
    public void list(Context ctx) {
        renderer.render(ctx, "themes.jte", listModel(renderer.page(ctx, ""), themes));
    }

    /** The list page's template parameters (what its rendering tests feed the template too). */
    public static Map<String, Object> listModel(Page page, ThemeCatalogue themes) {
        return Map.of("page", page, "tree", byScope(themes.tree(), n -> n.theme().scope()), "scopes", SCOPES,
                "parents", page.isEditor() ? byScope(themes.themes(), Theme::scope) : Map.of());
    }

    /** Themes by vocabulary, in {@link #SCOPES} order, leaving out vocabularies without any. */
    static <T> Map<Body, List<T>> byScope(List<T> themes, java.util.function.Function<T, Body> scope) {
        Map<Body, List<T>> out = new LinkedHashMap<>();
        for (Body b : SCOPES) {
            List<T> of = themes.stream().filter(t -> scope.apply(t) == b).toList();
            if (!of.isEmpty()) {
                out.put(b, of);
            }
        }
        return out;
    }

    /**
     * {@code POST /themes} (form: {@code scope}, {@code label_fr}, {@code label_en}, optional {@code parent},
     * {@code csrf}): adds a theme to a vocabulary and opens its page.
     */
    public void create(Context ctx) {
        AuthenticatedEditor editor = auth.formEditor(ctx);
        String scopeText = ctx.formParam("scope");
        Body scope;
        try {
            scope = Body.fromCode(scopeText == null ? "" : scopeText.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown vocabulary '" + scopeText + "'", "choose WG.7, WG.4 or COP");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String language : List.of("fr", "en")) {
            String label = ctx.formParam("label_" + language);
            if (Params.present(label)) {
                labels.put(language, label);
            }
        }
        String parent = ctx.formParam("parent");
        Theme created;
        try {
            created = changes.createTheme(editor, scope, labels, Params.present(parent) ? parent.strip() : null);
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "log in again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "go back to /themes and correct the form");
        }
        ctx.sessionAttribute(VOCABULARY_FLASH, new VocabularyFlash("themes.done.created", created.id(), null));
        ctx.redirect(Links.theme(created.id()), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /themes/{id}/labels} (form: {@code language}, {@code label}, {@code csrf}): sets the theme's label
     * in that language and returns to its page.
     */
    public void label(Context ctx) {
        AuthenticatedEditor editor = auth.formEditor(ctx);
        String id = ctx.pathParam("id");
        if (themes.theme(id).isEmpty()) {
            throw ApiException.notFound("no theme '" + id + "'", "the list of themes is at /themes");
        }
        String language = ctx.formParam("language");
        try {
            changes.label(editor, id, language, ctx.formParam("label"));
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "log in again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "go back to the theme's page and correct the form");
        }
        ctx.sessionAttribute(VOCABULARY_FLASH, new VocabularyFlash("themes.done.labelled", id,
                language.strip().toLowerCase(java.util.Locale.ROOT)));
        ctx.redirect(Links.theme(id) + "#theme-labels", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /themes/{id}/keywords} (form: {@code action} = {@code add} or {@code remove}, {@code language},
     * {@code keyword}, {@code csrf}): adds or removes a keyword of the theme and returns to its page.
     */
    public void keyword(Context ctx) {
        AuthenticatedEditor editor = auth.formEditor(ctx);
        String id = ctx.pathParam("id");
        if (themes.theme(id).isEmpty()) {
            throw ApiException.notFound("no theme '" + id + "'", "the list of themes is at /themes");
        }
        String action = ctx.formParam("action");
        if (!"add".equals(action) && !"remove".equals(action)) {
            throw ApiException.badRequest("the action is add or remove, not '" + action + "'",
                    "go back to the theme's page and use its keyword forms");
        }
        String language = ctx.formParam("language");
        try {
            if (action.equals("add")) {
                changes.addKeyword(editor, id, language, ctx.formParam("keyword"));
            } else {
                changes.removeKeyword(editor, id, language, ctx.formParam("keyword"));
            }
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "log in again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "go back to the theme's page and correct the form");
        }
        ctx.sessionAttribute(VOCABULARY_FLASH, new VocabularyFlash(action.equals("add") ? "themes.done.keywordAdded"
                : "themes.done.keywordRemoved", id, language.strip().toLowerCase(java.util.Locale.ROOT)));
        ctx.redirect(Links.theme(id) + "#theme-keywords", HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /themes/consistency}: near-identical indexed provisions of different meetings or sessions that the
     * index themes differently, for editors to settle (public, like every read).
     */
    public void consistency(Context ctx) {
        renderer.render(ctx, "consistency.jte", consistencyModel(renderer.page(ctx, ""), consistency, themes));
    }

    /** The consistency page's template parameters (what its rendering test feeds the template too). */
    public static Map<String, Object> consistencyModel(Page page, ThemeConsistency consistency, ThemeCatalogue themes) {
        Map<String, Theme> byId = new LinkedHashMap<>();
        themes.themes().forEach(t -> byId.put(t.id(), t));
        return Map.of("page", page, "consistency", consistency.consistency(), "themes", byId);
    }

    /**
     * {@code GET /themes/{id}}: a theme's provisions, part A by meeting, part B by session, then editors' additions;
     * for an editor, its labels and the form setting one.
     */
    public void theme(Context ctx) {
        String id = ctx.pathParam("id");
        ThemeCatalogue.ThemeDetail detail = themes.detail(id).orElseThrow(() -> ApiException.notFound(
                "no theme '" + id + "'", "the list of themes is at /themes"));
        Page page = renderer.page(ctx, "");
        VocabularyFlash flash = page.isEditor() ? ctx.consumeSessionAttribute(VOCABULARY_FLASH) : null;
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("detail", detail);
        model.put("languages", LANGUAGES);
        model.put("flash", Optional.ofNullable(flash).filter(f -> f.themeId().equals(id)));
        model.put("keywords", page.isEditor() ? changes.keywords(id) : List.of());
        renderer.render(ctx, "theme.jte", model);
    }

    /** {@code GET /audit}: the audit log, newest first; editors only (visitors are sent to the login form). */
    public void audit(Context ctx) {
        if (auth.reader(ctx).isEmpty()) {
            ctx.redirect("/login?next=/audit", HttpStatus.SEE_OTHER);
            return;
        }
        List<AuditEntry> entries = themes.audit().reversed();
        renderer.render(ctx, "audit.jte", Map.of("page", renderer.page(ctx, ""), "entries", entries));
    }

    /**
     * {@code POST /provisions/{citation}/themes} (form: {@code action}, {@code theme}, {@code csrf}, optional
     * {@code doc}): records the editor's decision and returns to the provision page.
     */
    public void edit(Context ctx) {
        AuthenticatedEditor editor = auth.formEditor(ctx);
        Citation citation = Params.citation(ctx.pathParam("citation"));
        ThemeVerdict verdict = Params.verdict(ctx.formParam("action"));
        String themeId = ctx.formParam("theme");
        ThemeChanges.Outcome outcome;
        try {
            outcome = changes.decide(editor, citation, themeId == null ? "" : themeId.strip(), verdict);
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "log in again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "choose a theme from the list on the provision page");
        }
        ctx.sessionAttribute(FLASH, new Flash("themes.done." + verdict.code(), outcome.decision().themeId(),
                outcome.indexError()));
        String doc = ctx.formParam("doc");
        String back = Params.present(doc) ? Links.provision(citation, Params.documentId(doc)) : Links.provision(citation);
        ctx.redirect(back + "#themes", HttpStatus.SEE_OTHER);
    }
}
