package org.compendium.web;

import io.javalin.Javalin;
import java.util.List;
import org.compendium.web.api.HealthApi;
import org.compendium.web.api.CatalogueApi;
import org.compendium.web.api.DraftApi;
import org.compendium.web.api.LinksApi;
import org.compendium.web.api.OpenApiDocument;
import org.compendium.web.api.SearchApi;
import org.compendium.web.api.ThemesApi;
import org.compendium.web.api.VocabularyApi;
import org.compendium.web.api.MetadataApi;
import org.compendium.web.pages.BrowsePages;
import org.compendium.web.pages.LoginPage;
import org.compendium.web.pages.CompendiumPage;
import org.compendium.web.pages.DraftPage;
import org.compendium.web.pages.MandatesPage;
import org.compendium.web.pages.SearchPage;
import org.compendium.web.pages.ThemePages;
import org.compendium.web.ops.ServerMetrics;
import org.compendium.web.pages.UploadPage;
import org.compendium.web.pages.PublishPage;

/**
 * Every route of the server, declared here and nowhere else: the JSON API under {@code /api} and the HTML pages.
 * Handlers are methods of plain controller classes, passed by reference.
 */
final class Routes {
    /** The API paths, in Javalin's syntax; the OpenAPI document must describe exactly these (a test checks). */
    static final List<String> API_PATHS = List.of(
            "/api/documents",
            "/api/documents/{id}",
            "/api/provisions/{citation}",
            "/api/provisions/{citation}/similar",
            "/api/meetings",
            "/api/search",
            "/api/search/export",
            "/api/openapi.json",
            // theme index (issue 4)
            "/api/provisions/{citation}/themes",
            // editors extend the vocabulary
            "/api/themes",
            "/api/themes/{id}",
            "/api/themes/{id}/labels/{lang}",
            "/api/themes/{id}/keywords",
            // identity: editors correct a document's metadata
            "/api/works/{work}/{lang}/metadata",
            // aligned language versions (issue 10)
            "/api/works/{work}/versions",
            // links: references, the drafting assistant (issue 12)
            "/api/provisions/{citation}/references",
            "/api/provisions/{citation}/lineage",
            "/api/provisions/{citation}/links",
            "/api/works/{work}/mandates",
            "/api/draft");

    private Routes() {
    }

    static void declare(Javalin app, CatalogueApi api, SearchApi searchApi, OpenApiDocument openApi, BrowsePages pages,
            SearchPage searchPage, ThemeRoutes themes,
            CompendiumPage compendiumPage, HealthApi health, LinkRoutes links, ServerMetrics metrics, UploadPage upload, PublishPage publish) {
        // ---- Operations (issue 15): the store and the index, for monitoring. ----
        app.get("/health", health::health);
        app.get("/metrics", ctx -> ctx.contentType(ServerMetrics.contentType()).result(metrics.scrape()));
        // Editors upload a document (issue 15): behind the login, with the session's CSRF token.
        app.get("/upload", upload::form);
        app.post("/upload", upload::upload);
        app.get("/publish", publish::form);
        app.post("/publish", publish::publish);

        app.get("/api/documents", api::documents);
        app.get("/api/documents/{id}", api::document);
        app.get("/api/provisions/{citation}", api::provision);
        app.get("/api/provisions/{citation}/similar", api::similar);
        app.get("/api/meetings", api::meetings);
        app.get("/api/works/{work}/versions", api::versions);
        app.get("/api/search", searchApi::search);
        app.get("/api/search/export", searchApi::export);
        app.get("/api/openapi.json", openApi::serve);

        app.get("/", pages::home);
        app.get("/documents/{id}", pages::document);
        app.get("/works", pages::work);
        app.get("/works/{work}", pages::work);
        app.get("/works/{work}/{lang}", pages::expression);
        app.get("/provisions/{citation}", pages::provision);
        app.get("/search", searchPage::search);

        declareThemes(app, themes);

        // ---- Published compendium (issue 5): the edition of a working group's compendium and thematic index. ----
        app.get("/compendium/{body}", compendiumPage::compendium);
        app.get("/compendium/{body}/download/{format}", compendiumPage::download);
        app.get("/compendium/{body}/changes", compendiumPage::changes);

        declareLinks(app, links);
    }

    /** The controllers of the links between provisions and the drafting assistant (issue 12). */
    record LinkRoutes(LinksApi api, DraftApi draftApi, DraftPage draftPage, MandatesPage mandatesPage,
                      org.compendium.web.pages.LinkDecisionsPage decisions) {
    }

    // --- Links (issue 12): reads are open to anyone; a posted draft changes nothing; an editor's decision on a link
    // needs an editor and a CSRF token (or, under /api, HTTP Basic credentials with a JSON body), like themes.
    private static void declareLinks(Javalin app, LinkRoutes links) {
        app.get("/api/provisions/{citation}/references", links.api()::references);
        app.get("/api/provisions/{citation}/lineage", links.api()::lineage);
        app.post("/api/provisions/{citation}/links", links.decisions()::decideApi);
        app.post("/provisions/{citation}/links", links.decisions()::decidePage);
        app.get("/api/works/{work}/mandates", links.api()::mandates);
        app.post("/api/draft", links.draftApi()::draft);
        app.get("/mandates/{work}", links.mandatesPage()::mandates);
        app.get("/draft", links.draftPage()::form);
        app.post("/draft", links.draftPage()::draft);
    }

    /** The controllers of the theme index, its editing, the vocabulary and the editors' login (issue 4). */
    record ThemeRoutes(ThemesApi api, VocabularyApi vocabulary, ThemePages pages, LoginPage login, MetadataApi metadata) {
    }

    // --- Theme index, editing and login (issue 4): reads are public; every POST or PUT needs an editor and a CSRF
    // token (or, under /api, HTTP Basic credentials with a JSON body).
    private static void declareThemes(Javalin app, ThemeRoutes themes) {
        app.get("/api/provisions/{citation}/themes", themes.api()::provisionThemes);
        app.post("/api/provisions/{citation}/themes", themes.api()::decide);
        app.get("/api/themes", themes.vocabulary()::themes);
        app.post("/api/themes", themes.vocabulary()::create);
        app.get("/api/themes/{id}", themes.vocabulary()::theme);
        app.put("/api/themes/{id}/labels/{lang}", themes.vocabulary()::label);
        app.get("/api/themes/{id}/keywords", themes.vocabulary()::keywords);
        app.post("/api/themes/{id}/keywords", themes.vocabulary()::addKeyword);
        app.delete("/api/themes/{id}/keywords", themes.vocabulary()::removeKeyword);
        app.put("/api/works/{work}/{lang}/metadata", themes.metadata()::correct);

        app.get("/themes", themes.pages()::list);
        app.post("/themes", themes.pages()::create);
        // Before /themes/{id}, which would match it too: Javalin takes the first route declared.
        app.get("/themes/consistency", themes.pages()::consistency);
        app.get("/themes/{id}", themes.pages()::theme);
        app.post("/themes/{id}/labels", themes.pages()::label);
        app.post("/themes/{id}/keywords", themes.pages()::keyword);
        app.post("/provisions/{citation}/themes", themes.pages()::edit);
        app.get("/audit", themes.pages()::audit);
        app.get("/login", themes.login()::form);
        app.post("/login", themes.login()::login);
        app.post("/logout", themes.login()::logout);
    }
}
