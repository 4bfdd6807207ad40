package org.compendium.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.Citation;
import org.compendium.web.api.ApiException;
import org.compendium.web.api.Params;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.web.catalogue.DocumentOutline;
import org.compendium.web.catalogue.ProvisionContext;
import org.compendium.themes.Suggestion;
import org.compendium.web.catalogue.SimilarProvisions;
import org.compendium.web.catalogue.ThemeCatalogue;
import org.compendium.web.catalogue.ThemeSuggestions;

/**
 * The browsing pages: home (search box, bodies → meetings → documents), a document's structure, and a provision in
 * its context. Each public method is a Javalin handler, passed by reference in {@code Routes}.
 */
public final class BrowsePages {
    private final Catalogue catalogue;
    private final PageRenderer renderer;
    private final SimilarProvisions similar;
    private final ThemeCatalogue themes;
    private final ThemeSuggestions suggestions;

    public BrowsePages(Catalogue catalogue, PageRenderer renderer, SimilarProvisions similar, ThemeCatalogue themes,
            ThemeSuggestions suggestions) {
        this.catalogue = catalogue;
        this.renderer = renderer;
        this.similar = similar;
        this.themes = themes;
        this.suggestions = suggestions;
    }

    /** {@code GET /}: the search box and the documents by body and meeting or session. */
    public void home(Context ctx) {
        renderer.render(ctx, "home.jte", Map.of("page", renderer.page(ctx, ""), "bodies", catalogue.meetings()));
    }

    /** {@code GET /documents/{id}}: a document's metadata, headings and provisions with an anchor each. */
    public void document(Context ctx) {
        long id = Params.documentId(ctx.pathParam("id"));
        DocumentOutline outline = catalogue.outline(id).orElseThrow(() -> ApiException.notFound(
                "no document with id " + id, "the home page lists the stored documents"));
        renderer.render(ctx, "document.jte", Map.of("page", renderer.page(ctx, ""), "outline", outline));
    }

    /** {@code GET /provisions/{citation}[?doc=ID]}: one provision in its document, with neighbours and similar ones. */
    public void provision(Context ctx) {
        Citation citation = Params.citation(ctx.pathParam("citation"));
        String doc = ctx.queryParam("doc");
        Long documentId = Params.present(doc) ? Params.documentId(doc) : null;
        ProvisionContext context = catalogue.context(citation, documentId).orElseThrow(() -> ApiException.notFound(
                "no provision cited as " + citation, "open a document from the home page to see its citations"));
        Page page = renderer.page(ctx, "");
        List<ThemeCatalogue.ProvisionTheme> own = themes.of(citation);
        // An editor's decisions are never overridden: decided themes are listed as the provision's own and left
        // out of the suggestions.
        List<Suggestion> suggested = suggestions.forProvision(context, own);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("context", context);
        model.put("similar", similar.of(citation, 5));
        model.put("themes", own);
        model.put("suggestions", suggested);
        model.put("labels", themes.labels(page.lang().code()));
        model.put("vocabulary", page.isEditor() ? themes.themes() : List.of());
        ThemePages.Flash flash = page.isEditor() ? ctx.consumeSessionAttribute(ThemePages.FLASH) : null;
        model.put("flash", Optional.ofNullable(flash));
        renderer.render(ctx, "provision.jte", model);
    }
}
