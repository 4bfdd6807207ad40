package org.compendium.index;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The one JSON shape of a search result, written by Jackson field by field in declaration order: what
 * {@code compendium search --json}, {@code compendium similar --json} and {@code GET /api/search} all answer for the
 * same hits and facets. A change here changes every one of them (and the OpenAPI document's {@code Hit} and
 * {@code Facet} schemas) together.
 */
public final class SearchJson {
    private SearchJson() {
    }

    /** One piece of a snippet: raw text (escape it to show it), and whether it matched the query. */
    public record Fragment(String text, boolean highlighted) {
    }

    /**
     * One hit: the provision's identity, its facets, its score and its snippet; {@code language} is the version shown,
     * {@code versions} every language the provision is indexed in.
     */
    public record Hit(String citation, String work, String eId, String kind, String label, String body, Integer meeting,
                      Integer session, Integer year, String type, String source, String symbol, String language,
                      List<String> versions, String verb, String strength, List<String> addressees, List<String> themes,
                      double score, List<Fragment> snippet) {
        public static Hit of(SearchHit h) {
            ProvisionEntry p = h.provision();
            return new Hit(p.citation().toString(), p.citation().work().toString(), p.citation().eId().toString(),
                    p.kind().code(), p.label(), p.body() == null ? null : p.body().code(), p.meeting(), p.session(), p.year(),
                    p.type().code(), p.source(), p.symbol(), p.language(),
                    h.versions().stream().map(org.compendium.model.Language::code).toList(), p.verb(),
                    p.strength().map(org.compendium.parse.grammar.VerbStrength::code).orElse(null), p.addressees(), p.themes(),
                    Float.isNaN(h.score()) ? 0 : h.score(),
                    h.snippet().fragments().stream().map(f -> new Fragment(f.text(), f.highlighted())).toList());
        }
    }

    /**
     * One provision of an export of a whole result set ({@code GET /api/search/export}, CSV or JSON): its identity, its
     * facets and the full text of the version shown (the reader's language when it has one), without score or snippet.
     */
    public record ExportRow(String citation, String work, String eId, String kind, String label, String body, Integer meeting,
                            Integer session, Integer year, String type, String symbol, String language, List<String> versions,
                            String verb, String strength, List<String> addressees, List<String> themes, String text) {
        public static ExportRow of(SearchHit h) {
            ProvisionEntry p = h.provision();
            return new ExportRow(p.citation().toString(), p.citation().work().toString(), p.citation().eId().toString(),
                    p.kind().code(), p.label(), p.body() == null ? null : p.body().code(), p.meeting(), p.session(), p.year(),
                    p.type().code(), p.symbol(), p.language(),
                    h.versions().stream().map(org.compendium.model.Language::code).toList(), p.verb(),
                    p.strength().map(org.compendium.parse.grammar.VerbStrength::code).orElse(null), p.addressees(), p.themes(),
                    p.text());
        }
    }

    /** One facet value with its count, whether it is among the filters, and its label (a theme's; else null). */
    public record FacetValue(String value, long count, boolean selected, String label) {
    }

    /** One facet field and its values, most frequent first. */
    public record FacetField(String field, List<FacetValue> values) {
        /**
         * @param selected    whether a field's value is among the request's filters
         * @param themeLabels labels of theme ids, for the {@code theme} facet
         */
        public static FacetField of(Facet f, BiPredicate<String, String> selected, Map<String, String> themeLabels) {
            boolean theme = f.field().equals(SearchFields.THEME);
            return new FacetField(f.field(), f.values().stream().map(v -> new FacetValue(v.value(), v.count(),
                    selected.test(f.field(), v.value()), theme ? themeLabels.get(v.value()) : null)).toList());
        }
    }

    /** A whole result as the CLI prints it: the request's query, sort and window, the total, hits and facets. */
    public record Result(String query, String sort, int offset, int limit, long total, boolean totalEstimated, Map<String, List<String>> filters,
                         List<Hit> hits, List<FacetField> facets) {
        public static Result of(SearchResult r, Map<String, String> themeLabels) {
            SearchRequest q = r.request();
            return new Result(q.query(), q.sort().code(), q.offset(), q.limit(), r.total(), r.estimated(), q.filters(),
                    r.hits().stream().map(Hit::of).toList(), SearchJson.facets(r, themeLabels));
        }
    }

    /** The facets of a result, selected values marked from its request's filters. */
    public static List<FacetField> facets(SearchResult r, Map<String, String> themeLabels) {
        Map<String, List<String>> filters = r.request().filters();
        return r.facets().stream().map(f -> FacetField.of(f, (field, value) -> filters.getOrDefault(field, List.of()).contains(value),
                themeLabels)).toList();
    }
}
