package org.compendium.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.publish.Edition;
import org.compendium.publish.MissingInputException;
import org.compendium.web.api.ApiException;
import org.compendium.web.catalogue.Catalogue;

/**
 * The browsable compendium: {@code GET /compendium/{body}} shows the published edition of a working group's
 * compendium — part A, part B and the thematic index, whose references link to the provision pages.
 */
public final class CompendiumPage {
    private final Catalogue catalogue;
    private final PageRenderer renderer;

    public CompendiumPage(Catalogue catalogue, PageRenderer renderer) {
        this.catalogue = catalogue;
        this.renderer = renderer;
    }

    /** {@code GET /compendium/{body}}, e.g. {@code /compendium/WG.7}. */
    public void compendium(Context ctx) {
        Body body;
        try {
            body = Body.fromCode(ctx.pathParam("body"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no working group '" + ctx.pathParam("body") + "'", "try /compendium/WG.7");
        }
        Edition edition;
        try {
            edition = catalogue.edition(body);
        } catch (MissingInputException | IllegalArgumentException e) {
            throw ApiException.notFound("no compendium of " + body.code() + ": " + e.getMessage(),
                    "ingest the compendium and run `compendium themes import`");
        }
        renderer.render(ctx, "compendium.jte", Map.of("page", renderer.page(ctx, ""), "edition", edition));
    }
}
