package org.compendium.web.pages;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.store.DocumentSummary;
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
    private final org.compendium.web.catalogue.ProvisionLinks links;

    public BrowsePages(Catalogue catalogue, PageRenderer renderer, SimilarProvisions similar, ThemeCatalogue themes,
            ThemeSuggestions suggestions, org.compendium.web.catalogue.ProvisionLinks links) {
        this.links = links;
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
        // Database ids change on re-ingest: the old URL leads to the document's permalink, by work and language.
        DocumentSummary d = catalogue.summary(id).orElseThrow(() -> ApiException.notFound(
                "no document with id " + id + " (ids change when a document is ingested again)",
                "documents have permanent addresses by work and language, e.g. /works/cop-res-11-5/fr; the home page lists them"));
        ctx.redirect(Links.document(d), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
    }

    /** {@code GET /works/{work}/{lang}}: a document by its work and language, the address that survives re-ingest. */
    public void expression(Context ctx) {
        String work = Params.workSlug(ctx.pathParam("work"));
        org.compendium.model.Language language = Params.language(ctx.pathParam("lang"));
        DocumentSummary d = catalogue.expression(work, language).orElseThrow(() -> ApiException.notFound(
                "no stored document is " + work + " in " + language.code(), "GET /works/" + work + " leads to the languages stored"));
        DocumentOutline outline = catalogue.outline(d.id()).orElseThrow(() -> ApiException.notFound(
                "the document " + work + " in " + language.code() + " was removed meanwhile", "reload the page"));
        renderer.render(ctx, "document.jte", Map.of("page", renderer.page(ctx, ""), "outline", outline));
    }

    /**
     * {@code GET /works/{work}}: to the version in the reader's language when stored, else the first stored;
     * {@code GET /works?symbol=CTOC/COP/WG.7/2021/3}: to the document bearing that symbol.
     */
    public void work(Context ctx) {
        List<DocumentSummary> versions;
        String symbol = ctx.queryParam("symbol");
        if (ctx.pathParamMap().containsKey("work")) {
            versions = catalogue.versions(Params.workSlug(ctx.pathParam("work")));
        } else if (Params.present(symbol)) {
            versions = catalogue.bySymbol(Params.symbol(symbol));
        } else {
            throw ApiException.badRequest("no work or symbol given", "give a work (/works/cop-res-11-5) or a symbol (/works?symbol=CTOC/COP/WG.7/2021/3)");
        }
        if (versions.isEmpty()) {
            throw ApiException.notFound("no stored document is " + (symbol != null ? symbol : ctx.pathParam("work")),
                    "the home page lists the stored documents");
        }
        String lang = renderer.page(ctx, "").lang().code();
        DocumentSummary chosen = versions.stream().filter(v -> v.language().code().equals(lang)).findFirst().orElse(versions.getFirst());
        ctx.redirect(Links.document(chosen), io.javalin.http.HttpStatus.FOUND);
    }

    /** {@code GET /provisions/{citation}[?doc=ID]}: one provision in its document, with neighbours and similar ones. */
    public void provision(Context ctx) {
        Citation citation = Params.citation(ctx.pathParam("citation"));
        String doc = ctx.queryParam("doc");
        Long documentId = Params.present(doc) ? Params.documentId(doc) : null;
        String version = ctx.queryParam("version");
        Page page = renderer.page(ctx, "");
        // The version asked for, else the reader's (the interface language), else the first stored.
        Language preferred = Params.present(version) ? Params.language(version.strip()) : page.lang().language();
        ProvisionContext context = catalogue.context(citation, documentId, preferred).orElseThrow(() -> ApiException.notFound(
                "no provision cited as " + citation, "open a document from the home page to see its citations"));
        List<ThemeCatalogue.ProvisionTheme> own = themes.of(citation);
        // An editor's decisions are never overridden: decided themes are listed as the provision's own and left
        // out of the suggestions.
        List<Suggestion> suggested = suggestions.forProvision(context, own);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("context", context);
        model.put("similar", similar.of(citation, 5));
        model.put("versions", catalogue.languageVersions(citation));
        model.put("themes", own);
        model.put("suggestions", suggested);
        model.put("labels", themes.labels(page.lang().code()));
        model.put("vocabulary", page.isEditor() ? themes.themes() : List.of());
        model.put("lineage", links.lineage(citation));
        model.put("references", links.references(citation).stream()
                .filter(f -> f.document().id() == context.document().id()).findFirst());
        String linkFlash = page.isEditor() ? ctx.consumeSessionAttribute(LinkDecisionsPage.FLASH) : null;
        model.put("linkFlash", Optional.ofNullable(linkFlash));
        ThemePages.Flash flash = page.isEditor() ? ctx.consumeSessionAttribute(ThemePages.FLASH) : null;
        model.put("flash", Optional.ofNullable(flash));
        renderer.render(ctx, "provision.jte", model);
    }
}
