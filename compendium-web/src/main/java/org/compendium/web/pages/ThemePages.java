package org.compendium.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.AuditEntry;
import org.compendium.model.Citation;
import org.compendium.model.Theme;
import org.compendium.model.ThemeVerdict;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.web.api.ApiException;
import org.compendium.web.api.Params;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.catalogue.ThemeCatalogue;
import org.compendium.web.catalogue.ThemeChanges;
import org.compendium.web.catalogue.ThemeConsistency;

/**
 * The theme pages: the list of themes, a theme's provisions grouped like the published index, the index's
 * consistency (near-identical provisions themed differently), the audit log (editors only), and the provision page's
 * edit form (accept, reject or add a theme; editors only, with the CSRF token).
 */
public final class ThemePages {
    /** The session attribute carrying the outcome of an edit to the page it redirects to. */
    static final String FLASH = "compendium.flash";
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

    /** {@code GET /themes}: every theme with its number of provisions, sub-themes under their parent. */
    public void list(Context ctx) {
        renderer.render(ctx, "themes.jte", Map.of("page", renderer.page(ctx, ""), "tree", themes.tree()));
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

    /** {@code GET /themes/{id}}: a theme's provisions, part A by meeting, part B by session, then editors' additions. */
    public void theme(Context ctx) {
        String id = ctx.pathParam("id");
        ThemeCatalogue.ThemeDetail detail = themes.detail(id).orElseThrow(() -> ApiException.notFound(
                "no theme '" + id + "'", "the list of themes is at /themes"));
        renderer.render(ctx, "theme.jte", Map.of("page", renderer.page(ctx, ""), "detail", detail));
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
