package org.compendium.web.pages;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.compendium.index.QuerySyntaxException;
import org.compendium.index.SearchResult;
import org.compendium.web.api.ApiException;
import org.compendium.web.api.SearchParams;
import org.compendium.web.catalogue.Searcher;
import org.compendium.web.catalogue.ThemeCatalogue;

/**
 * The search page: results with highlighted passages, facet filters with counts, sort and paging. Plain links and
 * a GET form, so it works without JavaScript; htmx swaps only the results region when it is there.
 */
public final class SearchPage {
    private final Searcher searcher;
    private final PageRenderer renderer;
    private final ThemeCatalogue themes;

    public SearchPage(Searcher searcher, PageRenderer renderer, ThemeCatalogue themes) {
        this.searcher = searcher;
        this.renderer = renderer;
        this.themes = themes;
    }

    /** {@code GET /search?q=&body=...&sort=&page=}. */
    public void search(Context ctx) {
        SearchParams params = SearchParams.from(ctx.queryParamMap());
        Page page = renderer.page(ctx, params.request().query());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page);
        model.put("view", view(params, page));
        renderer.render(ctx, "search.jte", model);
    }

    private SearchView view(SearchParams params, Page page) {
        Map<String, String> labels = themes.labels(page.lang().code());
        try {
            // The reader's language is the interface's: each hit shows its version in it when there is one.
            Optional<SearchResult> result = searcher.search(params.request().withReader(page.lang().language()));
            return new SearchView(params, result.orElse(null), null, result.isEmpty(), labels,
                    result.isEmpty() ? java.util.List.of() : searcher.alongside(params.request(), params.page() == 1));
        } catch (QuerySyntaxException e) {
            return new SearchView(params, null, e.getMessage(), false, labels, java.util.List.of());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), page.t().get("search.syntax"));
        }
    }
}
