package org.compendium.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.Language;
import org.compendium.publish.ChangeLog;
import org.compendium.publish.Edition;
import org.compendium.publish.MissingInputException;
import org.compendium.web.api.ApiException;
import org.compendium.web.catalogue.Catalogue;

/**
 * The browsable compendium: {@code GET /compendium/{body}[?lang=xx]} shows the published edition of a working group's
 * compendium in one of the six languages — part A, part B and the thematic index, whose references link to the
 * provision pages — with the downloads of every language; {@code /compendium/{body}/changes?since=N} its change log.
 */
public final class CompendiumPage {
    private final Catalogue catalogue;
    private final PageRenderer renderer;

    public CompendiumPage(Catalogue catalogue, PageRenderer renderer) {
        this.catalogue = catalogue;
        this.renderer = renderer;
    }

    /** {@code GET /compendium/{body}}, e.g. {@code /compendium/WG.7}, {@code /compendium/WG.4?lang=ar}. */
    public void compendium(Context ctx) {
        Body body = body(ctx);
        Edition edition = edition(body, language(ctx));
        renderer.render(ctx, "compendium.jte", Map.of("page", renderer.page(ctx, ""), "edition", edition,
                "languages", Language.OFFICIAL));
    }

    /**
     * {@code GET /compendium/{body}/download/{format}[?lang=xx]}: the edition as a file (PDF, DOCX, HTML, Markdown, JSON,
     * CSV), built on demand from the store as {@code compendium publish} builds it, offered under
     * {@code compendium-WG.7-fr.pdf}. Publishing from the web records no edition: that stays the CLI's act.
     */
    public void download(Context ctx) throws java.io.IOException {
        Body body = body(ctx);
        org.compendium.publish.PublishFormat format;
        try {
            format = org.compendium.publish.PublishFormat.parse(ctx.pathParam("format"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(e.getMessage(), "try /compendium/WG.7/download/pdf (pdf, docx, html, md, json or csv)");
        }
        Edition edition = edition(body, language(ctx));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.compendium.publish.Publisher.render(edition, format, out);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"compendium-" + body.code() + "-" + edition.language() + "." + format.name() + "\"");
        ctx.result(out.toByteArray());
    }

    /**
     * {@code GET /compendium/{body}/changes?since=N}: what the edition the store gives now adds, removes or rewords
     * since recorded edition N (every {@code compendium publish} records one and prints its number), and which index
     * lines it adds or removes — the {@code publish --changes-since N} of the web.
     */
    public void changes(Context ctx) {
        Body body = body(ctx);
        String since = ctx.queryParam("since");
        long id;
        try {
            id = Long.parseLong(since == null ? "" : since.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("since must be the number of a recorded edition, not '" + (since == null ? "" : since) + "'",
                    "try /compendium/" + body.code() + "/changes?since=1; `compendium publish` prints the number it records");
        }
        ChangeLog log;
        try {
            log = catalogue.changesSince(body, id).orElseThrow(() -> ApiException.notFound("no edition " + id + " of " + body.code()
                    + " is recorded", "`compendium publish --body " + body.code() + "` records one and prints its number"));
        } catch (MissingInputException e) {
            throw ApiException.notFound("no compendium of " + body.code() + ": " + e.getMessage(), "ingest its documents first");
        }
        renderer.render(ctx, "changes.jte", Map.of("page", renderer.page(ctx, ""), "body", body, "since", id, "log", log));
    }

    private static Body body(Context ctx) {
        try {
            return Body.fromCode(ctx.pathParam("body"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no working group '" + ctx.pathParam("body") + "'", "try /compendium/WG.7");
        }
    }

    private static Language language(Context ctx) {
        String lang = ctx.queryParam("lang");
        Language l = lang == null || lang.isBlank() ? Language.FRENCH : Language.fromCodeOrUndetermined(lang);
        if (!Language.OFFICIAL.contains(l)) {
            throw ApiException.badRequest("unknown edition language '" + lang + "'",
                    "lang is one of " + Language.OFFICIAL.stream().map(Language::code).toList());
        }
        return l;
    }

    private Edition edition(Body body, Language language) {
        try {
            return catalogue.edition(body, language);
        } catch (MissingInputException | IllegalArgumentException e) {
            throw ApiException.notFound("no compendium of " + body.code() + ": " + e.getMessage(),
                    "ingest the compendium and run `compendium themes import`");
        }
    }
}
