package org.compendium.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.publish.Edition;
import org.compendium.publish.EditionRequest;
import org.compendium.publish.MissingInputException;
import org.compendium.publish.NumberRange;
import org.compendium.publish.PublishFormat;
import org.compendium.publish.Publisher;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.web.api.ApiException;
import org.compendium.web.api.Params;
import org.compendium.web.auth.EditorAuth;

/**
 * The editors' publish form: {@code GET /publish} shows it (body, meetings and sessions as {@code FROM-TO}, language,
 * format); {@code POST /publish} (with the session's CSRF token) builds the edition as {@code compendium publish}
 * does, records it (its number in the {@code X-Compendium-Edition} header, for {@code publish --changes-since}), and
 * answers it as a download. Visitors are sent to the login form.
 */
public final class PublishPage {
    /** The formats offered, in the form's order. */
    public static final List<String> FORMATS = List.of("pdf", "docx", "html", "md", "json", "csv");
    /** The working groups whose compendium can be published. */
    public static final List<String> BODIES = List.of("WG.7", "WG.4");

    private final Catalogue catalogue;
    private final EditorAuth auth;
    private final PageRenderer renderer;

    public PublishPage(Catalogue catalogue, EditorAuth auth, PageRenderer renderer) {
        this.catalogue = catalogue;
        this.auth = auth;
        this.renderer = renderer;
    }

    /** {@code GET /publish}: the form, for editors. */
    public void form(Context ctx) {
        if (auth.reader(ctx).isEmpty()) {
            ctx.redirect("/login?next=/publish", HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", renderer.page(ctx, ""));
        model.put("bodies", BODIES);
        model.put("formats", FORMATS);
        model.put("languages", org.compendium.model.Language.OFFICIAL.stream().map(org.compendium.model.Language::code).toList());
        renderer.render(ctx, "publish.jte", model);
    }

    /** {@code POST /publish}: the edition, recorded, as a download. */
    public void publish(Context ctx) throws IOException {
        try {
            auth.formEditor(ctx);
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "log in again");
        }
        EditionRequest request;
        PublishFormat format;
        try {
            format = PublishFormat.parse(orDefault(ctx.formParam("format"), "pdf"));
            request = new EditionRequest(Body.fromCode(orDefault(ctx.formParam("body"), "")),
                    range(ctx.formParam("meetings")), range(ctx.formParam("sessions")),
                    orDefault(ctx.formParam("lang"), "fr"),
                    Params.present(ctx.formParam("fallback")) ? org.compendium.model.Language.fromCode(ctx.formParam("fallback").strip()) : null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "go back to /publish and correct the form (meetings and "
                    + "sessions as FROM-TO, e.g. 1-6)");
        }
        Edition edition;
        try {
            edition = catalogue.edition(request);
        } catch (MissingInputException e) {
            throw ApiException.notFound(e.getMessage(), "ingest the compendium and run `compendium themes import`");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Publisher.render(edition, format, out);
        long id = catalogue.record(edition);
        ctx.header("X-Compendium-Edition", Long.toString(id));
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"compendium-" + request.body().code() + "-"
                + edition.language() + "-edition-" + id + "." + format.name() + "\"");
        ctx.result(out.toByteArray());
    }

    private static NumberRange range(String text) {
        return Params.present(text) ? NumberRange.parse(text.strip()) : null;
    }

    private static String orDefault(String text, String fallback) {
        return Params.present(text) ? text.strip() : fallback;
    }
}
