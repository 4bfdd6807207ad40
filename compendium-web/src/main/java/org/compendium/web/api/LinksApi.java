package org.compendium.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.compendium.links.ProvisionReferences;
import org.compendium.links.ReferencesJson;
import org.compendium.model.Citation;
import org.compendium.web.catalogue.ProvisionLinks;

/** The links part of the JSON API: a provision's explicit references. */
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
}
