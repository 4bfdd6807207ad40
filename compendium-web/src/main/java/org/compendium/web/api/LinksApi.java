package org.compendium.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.compendium.links.LineageJson;
import org.compendium.links.MandateDelivery;
import org.compendium.links.MandatesJson;
import org.compendium.links.ProvisionReferences;
import org.compendium.links.ReferencesJson;
import org.compendium.model.Citation;
import org.compendium.model.Work;
import org.compendium.web.catalogue.ProvisionLinks;

/** The links part of the JSON API: a provision's explicit references, a resolution's mandates and their delivery. */
public final class LinksApi {
    private final ProvisionLinks links;

    public LinksApi(ProvisionLinks links) {
        this.links = links;
    }

    /** {@code GET /api/provisions/{citation}/references}: its references, typed, resolved or not, per document. */
    public void references(Context ctx) {
        Citation citation = Params.citation(ctx.pathParam("citation"));
        List<ProvisionReferences.Found> found = links.references(citation);
        if (found.isEmpty()) {
            throw ApiException.notFound("no provision cited as " + citation,
                    "GET /api/documents/{id} lists the citations of a document");
        }
        ctx.json(ReferencesJson.of(citation.toString(), found));
    }

    /** {@code GET /api/provisions/{citation}/lineage}: its ancestors and descendants with type, score, date and diff. */
    public void lineage(Context ctx) {
        Citation citation = Params.citation(ctx.pathParam("citation"));
        if (!links.lineageAvailable()) {
            throw ApiException.unavailable("lineage needs the search index, which this server was started without",
                    "build it with `compendium index rebuild`, then restart `compendium serve`");
        }
        var timeline = links.lineage(citation).orElseThrow(() -> ApiException.notFound("no provision cited as " + citation,
                "GET /api/documents/{id} lists the citations of a document"));
        ctx.json(LineageJson.of(timeline));
    }

    /** {@code GET /api/works/{work}/mandates}: a COP resolution's or decision's mandates, each with its status and reports. */
    public void mandates(Context ctx) {
        Work.CopInstrument resolution = resolution(ctx.pathParam("work"));
        ctx.json(MandatesJson.of(resolution.toString(), mandates(links, resolution)));
    }

    /** The mandates of a resolution, for the API and its page; 404 when it gives none the store holds. */
    public static List<MandateDelivery.Delivery> mandates(ProvisionLinks links, Work.CopInstrument resolution) {
        List<MandateDelivery.Delivery> found = links.mandates(resolution);
        if (found.isEmpty()) {
            throw ApiException.notFound("no mandate of " + resolution + " in the store",
                    "it is not stored, or gives no task to UNODC, the Secretariat or a working group");
        }
        return found;
    }

    /** The COP instrument a work slug names ({@code cop-res-11-5}); 400 for any other work. */
    public static Work.CopInstrument resolution(String slug) {
        Work work;
        try {
            work = Work.fromSlug(Params.workSlug(slug));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed work '" + slug + "'", e.getMessage());
        }
        if (work instanceof Work.CopInstrument instrument) {
            return instrument;
        }
        throw ApiException.badRequest("'" + slug + "' is not a COP resolution or decision",
                "mandates are read from COP resolutions and decisions, e.g. cop-res-11-5");
    }
}
