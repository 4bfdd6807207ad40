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

    /**
     * {@code GET /compendium/{body}/download/{format}}: the edition as a file (PDF, DOCX, HTML, Markdown, JSON, CSV),
     * built on demand from the store as {@code compendium publish} builds it, offered under
     * {@code compendium-WG.7-fr.pdf}. Publishing from the web records no edition: that stays the CLI's act.
     */
    public void download(Context ctx) throws java.io.IOException {
        Body body;
        org.compendium.publish.PublishFormat format;
        try {
            body = Body.fromCode(ctx.pathParam("body"));
            format = org.compendium.publish.PublishFormat.parse(ctx.pathParam("format"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(e.getMessage(), "try /compendium/WG.7/download/pdf (pdf, docx, html, md, json or csv)");
        }
        Edition edition;
        try {
            edition = catalogue.edition(body);
        } catch (MissingInputException | IllegalArgumentException e) {
            throw ApiException.notFound("no compendium of " + body.code() + ": " + e.getMessage(),
                    "ingest the compendium and run `compendium themes import`");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.compendium.publish.Publisher.render(edition, format, out);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"compendium-" + body.code() + "-" + edition.language() + "." + format.name() + "\"");
        ctx.result(out.toByteArray());
    }
}
