package org.compendium.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.compendium.index.SearchResult;
import org.compendium.index.SortOrder;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.ProvisionKind;
import org.compendium.web.api.SearchParams;

/**
 * What the search page shows: the search asked for, its result (null when the query could not be read or there is
 * no index), and the links of sorting and paging, which keep every other parameter.
 *
 * @param params      the search
 * @param result      its result, or null
 * @param queryError  why the query could not be read, or null
 * @param unavailable whether the server has no search index
 * @param themeLabels the themes' labels in the interface language, by id, for the theme facet
 * @param unstructured the unstructured documents holding the words, shown after the provisions (no citation)
 */
public record SearchView(SearchParams params, SearchResult result, String queryError, boolean unavailable,
                         Map<String, String> themeLabels, java.util.List<org.compendium.index.DocumentTexts.Hit> unstructured) {
    public SearchView {
        themeLabels = Map.copyOf(themeLabels);
        unstructured = java.util.List.copyOf(unstructured);
    }

    /** The link to this search with another sort and page, keeping the query, every filter and the page size. */
    public String link(SortOrder sort, int page) {
        StringBuilder sb = search("/search?", params.request().filters(), sort);
        if (page > 1) {
            sb.append('&').append(pair("page", Integer.toString(page)));
        }
        return pageSize(sb);
    }

    /** The query, its language, {@code filters} and {@code sort} as parameters after {@code start}. */
    private StringBuilder search(String start, Map<String, java.util.List<String>> filters, SortOrder sort) {
        StringBuilder sb = new StringBuilder(start).append(pair("q", params.request().query()));
        if (params.request().language() != org.compendium.model.Language.UNDETERMINED) {
            sb.append('&').append(pair("qlang", params.request().language().code()));
        }
        filters.forEach((field, values) -> values.forEach(v -> sb.append('&').append(pair(field, v))));
        if (sort != SortOrder.RELEVANCE) {
            sb.append('&').append(pair("sort", sort.code()));
        }
        return sb;
    }

    private String pageSize(StringBuilder sb) {
        if (params.pageSize() != SearchParams.PAGE_SIZE) {
            sb.append('&').append(pair("pageSize", Integer.toString(params.pageSize())));
        }
        return sb.toString();
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** ISO 3166-1 alpha-3 → alpha-2, for the JDK's country names in every interface language. */
    private static final Map<String, String> ALPHA2 = alpha2();

    private static Map<String, String> alpha2() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            out.put(Locale.of("", a2).getISO3Country(), a2);
        }
        return Map.copyOf(out);
    }

    /**
     * A participating State's name in the interface language: the JDK's (CLDR) country name of its ISO 3166-1 code,
     * the European Union from the bundle, else the identifier itself.
     */
    public static String stateName(Messages t, String stateId) {
        if (stateId.equals("EUE")) {
            return t.get("participant.EUE");
        }
        String a2 = ALPHA2.get(stateId);
        return a2 == null ? stateId : Locale.of("", a2).getDisplayCountry(t.language().locale());
    }

    /** One active filter, as a chip shows it: the field, the value, and the link to this search without it. */
    public record Chip(String field, String value, String removeHref) {
    }

    /** The active filters, in the request's order, each with the link that removes it (back to page 1). */
    public java.util.List<Chip> chips() {
        java.util.List<Chip> out = new java.util.ArrayList<>();
        params.request().filters().forEach((field, values) -> values.forEach(v -> out.add(new Chip(field, v, without(field, v)))));
        return out;
    }

    /** The export of every hit of this search as {@code csv} or {@code json}, in the reader's language {@code lang}. */
    public String exportHref(String format, UiLanguage lang) {
        return search("/api/search/export?" + pair("format", format) + "&", params.request().filters(), params.request().sort())
                .append('&').append(pair("lang", lang.code())).toString();
    }

    /** This search with no filter (query, sort and page size kept, back to page 1). */
    public String clearAllHref() {
        return withFilters(Map.of());
    }

    private String without(String field, String value) {
        Map<String, java.util.List<String>> rest = new java.util.LinkedHashMap<>();
        params.request().filters().forEach((f, values) -> {
            java.util.List<String> kept = values.stream().filter(v -> !(f.equals(field) && v.equals(value))).toList();
            if (!kept.isEmpty()) {
                rest.put(f, kept);
            }
        });
        return withFilters(rest);
    }

    private String withFilters(Map<String, java.util.List<String>> filters) {
        return pageSize(search("/search?", filters, params.request().sort()));
    }

    /** The number of the last page. */
    public int lastPage() {
        return result == null ? 1 : (int) Math.max(1, (result.total() + params.pageSize() - 1) / params.pageSize());
    }

    /** The rank of the first hit shown, from 1. */
    public long firstRank() {
        return (long) (params.page() - 1) * params.pageSize() + 1;
    }

    /** How a facet value reads in the interface: theme labels, names for bodies, types and kinds, else the value. */
    public String label(Messages t, String field, String value) {
        return field.equals("theme") ? themeLabels.getOrDefault(value, value) : facetLabel(t, field, value);
    }

    /** How a facet value reads in the interface: names for bodies, types, kinds and addressees, the value itself otherwise. */
    public static String facetLabel(Messages t, String field, String value) {
        try {
            return switch (field) {
                case "body" -> t.body(Body.fromCode(value));
                case "type" -> t.type(DocumentType.fromCode(value));
                case "kind" -> t.kind(ProvisionKind.valueOf(value.toUpperCase(Locale.ROOT)));
                case "addressee" -> org.compendium.index.Addressees.CODES.contains(value) ? t.get("addressee." + value) : value;
                case "strength" -> org.compendium.parse.grammar.VerbStrength.fromCode(value).isPresent() ? t.get("strength." + value) : value;
                case "participant" -> stateName(t, value);
                case "language" -> org.compendium.model.Language.OFFICIAL.contains(org.compendium.model.Language.fromCodeOrUndetermined(value))
                        ? t.get("un.language." + value) : value;
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
