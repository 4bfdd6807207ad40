package org.compendium.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.store.ProvisionHit;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.web.catalogue.SimilarProvisions;

/**
 * The browsing part of the JSON API: documents, provisions by citation, and meetings. Each public method is a
 * Javalin handler, passed by reference in {@code Routes}.
 */
public final class CatalogueApi {
    /** The most similar provisions a request may ask for. */
    static final int MAX_SIMILAR = 50;
    private final Catalogue catalogue;
    private final SimilarProvisions similar;

    public CatalogueApi(Catalogue catalogue, SimilarProvisions similar) {
        this.catalogue = catalogue;
        this.similar = similar;
    }

    /** {@code GET /api/documents}: the stored documents, filtered by type, body, meeting, session and year. */
    public void documents(Context ctx) {
        var filter = Params.filter(ctx.queryParam("type"), ctx.queryParam("body"), ctx.queryParam("meeting"),
                ctx.queryParam("session"), ctx.queryParam("year"));
        ctx.json(catalogue.documents(filter).stream().map(JsonShapes.DocumentItem::of).toList());
    }

    /** {@code GET /api/documents/{id}}: one document with its headings and provisions. */
    public void document(Context ctx) {
        long id = Params.documentId(ctx.pathParam("id"));
        var outline = catalogue.outline(id).orElseThrow(() -> ApiException.notFound("no document with id " + id,
                "list the stored documents with GET /api/documents"));
        ctx.json(JsonShapes.DocumentDetail.of(outline));
    }

    /** {@code GET /api/provisions/{citation}}: every stored provision with that citation, with its document. */
    public void provision(Context ctx) {
        Citation citation = Params.citation(ctx.pathParam("citation"));
        List<ProvisionHit> hits = catalogue.occurrences(citation);
        if (hits.isEmpty()) {
            throw ApiException.notFound("no provision cited as " + citation,
                    "GET /api/documents/{id} lists the citations of a document");
        }
        ctx.json(new JsonShapes.Occurrences(citation.toString(), hits.stream().map(JsonShapes.Occurrence::of).toList()));
    }

    /**
     * {@code GET /api/works/{work}/versions}: the stored language versions of a work, each lined up by eId with the
     * first one stored (a paragraph missing in one language, another numbering: named, never merged).
     */
    public void versions(Context ctx) {
        String slug = Params.workSlug(ctx.pathParam("work"));
        List<org.compendium.pipeline.LanguageVersions.Version> versions = catalogue.languageVersions(slug);
        if (versions.isEmpty()) {
            throw ApiException.notFound("no stored version of the work " + slug,
                    "GET /api/documents lists the stored documents; a work is named by its slug, e.g. cop-res-11-5");
        }
        ctx.json(VersionsJson.of(slug, versions));
    }

    /** {@code GET /api/meetings}: bodies, their meetings or sessions with dates, and the ids of their documents. */
    public void meetings(Context ctx) {
        ctx.json(catalogue.meetings().stream().map(JsonShapes.BodyMeetings::of).toList());
    }

    /** {@code GET /api/provisions/{citation}/similar?limit=N}: the provisions most like this one, best first. */
    public void similar(Context ctx) {
        Citation citation = Params.citation(ctx.pathParam("citation"));
        Integer asked = Params.number("limit", ctx.queryParam("limit"));
        int limit = asked == null ? 10 : Math.min(asked, MAX_SIMILAR);
        if (catalogue.occurrences(citation).isEmpty()) {
            throw ApiException.notFound("no provision cited as " + citation,
                    "GET /api/documents/{id} lists the citations of a document");
        }
        var found = similar.of(citation, limit).orElseThrow(() -> ApiException.unavailable(
                "similar provisions need the search index", "build it with `compendium index rebuild`, then restart"));
        ctx.json(new JsonShapes.SimilarList(citation.toString(), found.stream().map(JsonShapes.SimilarItem::of).toList()));
    }
}
