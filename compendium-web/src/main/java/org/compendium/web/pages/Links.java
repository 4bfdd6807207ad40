package org.compendium.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.compendium.model.Citation;

/**
 * The URLs of the pages, built in one place. Values are percent-encoded here; the templates still escape the whole
 * URL as an attribute.
 */
public final class Links {
    private Links() {
    }

    public static String home() {
        return "/";
    }

    public static String document(long id) {
        return "/documents/" + id;
    }

    /** A document's permalink, by its work and language: {@code /works/cop-res-11-5/fr}; it survives re-ingest. */
    public static String document(org.compendium.store.DocumentSummary d) {
        return d.expression().path();
    }

    /** A provision's place on its document's permalink page. */
    public static String document(org.compendium.store.DocumentSummary d, String anchor) {
        return document(d) + "#" + anchor;
    }

    /** A provision's place on its document page. */
    public static String document(long id, String anchor) {
        return document(id) + "#" + anchor;
    }

    /**
     * The download of a working group's edition in {@code format} and {@code language}: {@code /compendium/WG.7/download/pdf}
     * for French (the default), {@code /compendium/WG.7/download/pdf?lang=ar} for the others.
     */
    public static String edition(org.compendium.model.Body body, String format, org.compendium.model.Language language) {
        return "/compendium/" + body.code() + "/download/" + format
                + (language == org.compendium.model.Language.FRENCH ? "" : "?lang=" + language.code());
    }

    /** The page of a citation (its first occurrence). */
    public static String provision(Citation citation) {
        return provision(citation.toString());
    }

    /**
     * The page of a citation given as text, as {@link Citation#toString()} writes it (e.g. the citation of an indexed
     * provision in a suggestion's reason); the same URL as {@link #provision(Citation)}.
     */
    public static String provision(String citation) {
        return "/provisions/" + segment(citation);
    }

    /** The page of a citation as it reads in one document. */
    public static String provision(Citation citation, long documentId) {
        return provision(citation) + "?doc=" + documentId;
    }

    /** The page of a citation in one language version ({@code ?version=ar}), the first occurrence in that language. */
    public static String provision(Citation citation, org.compendium.model.Language version) {
        return provision(citation) + "?version=" + version.code();
    }

    /** Where an editor's theme form for a citation is posted. */
    public static String provisionThemes(Citation citation) {
        return provision(citation) + "/themes";
    }

    /** A stored work's permalink, which leads to its first stored language version. */
    public static String work(org.compendium.model.Work work) {
        return "/works/" + work.slug();
    }

    /** A stored work's language version ({@code /works/{slug}/{lang}}). */
    public static String work(org.compendium.model.Work work, org.compendium.model.Language language) {
        return work(work) + "/" + language.code();
    }

    /** The page of a COP resolution's or decision's mandates and their delivery. */
    public static String mandates(org.compendium.model.Work resolution) {
        return "/mandates/" + resolution.slug();
    }

    /** Where an editor posts a decision on a link whose first end is this provision. */
    public static String provisionLinks(Citation citation) {
        return provision(citation) + "/links";
    }

    /** The list of themes. */
    public static String themes() {
        return "/themes";
    }

    /** The editors' page of near-identical provisions that the index themes differently. */
    public static String themesConsistency() {
        return "/themes/consistency";
    }

    /** A theme's page. */
    public static String theme(String id) {
        return "/themes/" + segment(id);
    }

    /** Where an editor's label form for a theme is posted. */
    public static String themeLabels(String id) {
        return theme(id) + "/labels";
    }

    /** The form target of a theme's keywords. */
    public static String themeKeywords(String id) {
        return theme(id) + "/keywords";
    }

    /** The search for every provision of a theme (its facet value). */
    public static String themeSearch(String id) {
        return "/search" + query(Map.of("theme", id));
    }

    /** The JSON of a citation. */
    public static String provisionJson(Citation citation) {
        return "/api/provisions/" + segment(citation.toString());
    }

    /** The JSON of a document. */
    public static String documentJson(long id) {
        return "/api/documents/" + id;
    }

    /** Percent-encodes one path segment (spaces as {@code %20}, slashes as {@code %2F}). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query string from parameter names and values in order, skipping null values; empty when none. */
    public static String query(Map<String, String> params) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((name, value) -> {
            if (value != null) {
                q.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }
}
