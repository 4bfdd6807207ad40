package org.compendium.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.compendium.index.DocumentTexts;
import org.compendium.index.Facet;
import org.compendium.index.QuerySyntaxException;
import org.compendium.index.SearchHit;
import org.compendium.index.SearchJson;
import org.compendium.index.SearchResult;
import org.compendium.web.catalogue.Searcher;
import org.compendium.web.catalogue.ThemeCatalogue;

/** {@code GET /api/search}: full-text search with filters, facets, sorting, paging and structured snippets. */
public final class SearchApi {
    private final Searcher searcher;
    private final ThemeCatalogue themes;

    private final ExportApi exports;

    public SearchApi(Searcher searcher, ThemeCatalogue themes) {
        this.searcher = searcher;
        this.themes = themes;
        this.exports = new ExportApi(searcher);
    }

    /** {@code GET /api/search/export?format=csv|json&...}: every hit of a search ({@link ExportApi}). */
    public void export(Context ctx) {
        exports.export(ctx);
    }

    /**
     * {@code GET /api/search?q=&body=&type=...&page=&pageSize=&sort=}; theme facet values carry their label
     * ({@code lang}, default fr). Unknown or malformed parameters are a 400 saying why ({@link SearchParams#fromApi}).
     */
    public void search(Context ctx) {
        SearchParams params = SearchParams.fromApi(ctx.queryParamMap());
        String lang = ctx.queryParam("lang") == null ? "fr" : ctx.queryParam("lang");
        SearchResult result = run(searcher, params);
        ctx.json(Results.of(params, result, themes.labels(lang), searcher.alongside(params.request(), params.page() == 1)));
    }

    /** Runs the search, turning an unreadable query into a 400 and a missing index into a 503. */
    static SearchResult run(Searcher searcher, SearchParams params) {
        try {
            return searcher.search(params.request()).orElseThrow(() -> ApiException.unavailable(
                    "search needs the search index, which this server was started without",
                    "build it with `compendium index rebuild`, then restart `compendium serve`"));
        } catch (QuerySyntaxException e) {
            throw ApiException.badRequest(e.getMessage(), "see the query syntax in `compendium search --help`");
        }
    }

    /**
     * The answer of {@code GET /api/search}; {@code unstructured} lists the documents stored without provisions whose
     * text holds the words ({@link Searcher#alongside}: first page, no filter), which have no citation.
     */
    public record Results(String query, String sort, int page, int pageSize, long total, boolean totalEstimated, String next,
                          java.util.Map<String, List<String>> filters, List<SearchJson.Hit> hits, List<SearchJson.FacetField> facets,
                          List<UnstructuredHit> unstructured) {
        static Results of(SearchParams params, SearchResult r, java.util.Map<String, String> themeLabels,
                List<DocumentTexts.Hit> unstructured) {
            return new Results(params.request().query(), params.request().sort().code(), params.page(),
                    params.pageSize(), r.total(), r.estimated(), params.next(r.total()), params.request().filters(),
                    r.hits().stream().map(SearchJson.Hit::of).toList(),
                    r.facets().stream().map(f -> SearchJson.FacetField.of(f, params::selected, themeLabels)).toList(),
                    unstructured.stream().map(UnstructuredHit::of).toList());
        }
    }

    /** An unstructured document a search found: its work (with its permalink), language, file, title and a passage. */
    public record UnstructuredHit(String work, String language, String source, String title, String snippet, String href) {
        static UnstructuredHit of(DocumentTexts.Hit hit) {
            return new UnstructuredHit(hit.work().toString(), hit.language().code(), hit.source(), hit.title(), hit.snippet(),
                    org.compendium.web.pages.Links.work(hit.work(), hit.language()));
        }
    }
}
