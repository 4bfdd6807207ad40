package org.compendium.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.Supplied;
import org.compendium.pipeline.EditorChanges;
import org.compendium.store.DocumentSummary;
import org.compendium.store.IdentityClashException;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.web.catalogue.ThemeChanges;

/**
 * {@code PUT /api/works/{work}/{lang}/metadata}: an editor corrects what a stored document says about itself — its
 * symbol, title, dates — with HTTP Basic credentials (or the session and its {@code X-CSRF-Token}), audited and kept
 * for its file across re-ingests, as {@code compendium correct} does.
 */
public final class MetadataApi {
    private static final String EXAMPLE = "send {\"symbol\": \"CTOC/COP/2024/2\", \"title\": \"...\", "
            + "\"dates\": {\"start\": \"2024-10-14\", \"end\": \"2024-10-18\"}} (any of the three)";
    private final Catalogue catalogue;
    private final ThemeChanges changes;
    private final EditorAuth auth;

    public MetadataApi(Catalogue catalogue, ThemeChanges changes, EditorAuth auth) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.auth = auth;
    }

    /** 200 with the corrected document; 401/403 for credentials, 400 for a bad body, 404 for an unknown document, 409 for a clash. */
    public void correct(Context ctx) {
        AuthenticatedEditor editor = auth.apiEditor(ctx);
        String work = Params.workSlug(ctx.pathParam("work"));
        org.compendium.model.Language language = Params.language(ctx.pathParam("lang"));
        DocumentSummary d = catalogue.expression(work, language).orElseThrow(() -> ApiException.notFound(
                "no stored document is " + work + " in " + language.code(), "see GET /api/documents"));
        Supplied correction = correction(ctx);
        try {
            EditorChanges.Outcome<DocumentSummary> o = changes.correctMetadata(editor, d.id(), correction);
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("document", JsonShapes.DocumentItem.of(o.result()));
            out.put("permalink", o.result().expression().path());
            out.put("corrected", correction.describe());
            out.put("indexError", o.indexError());
            ctx.json(out);
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "ask an administrator to add the editor again");
        } catch (IdentityClashException e) {
            throw ApiException.conflict(e.getMessage(), "choose the symbol of this document, not of " + e.existingSource());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), EXAMPLE);
        }
    }

    private static Supplied correction(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, "a JSON object", EXAMPLE);
        try {
            DocumentSymbol symbol = text(body, "symbol") == null ? null : DocumentSymbol.parse(text(body, "symbol"));
            DateRange dates = null;
            if (body.hasNonNull("dates")) {
                LocalDate start = LocalDate.parse(body.path("dates").path("start").asText());
                String end = body.path("dates").path("end").asText("");
                dates = new DateRange(start, end.isEmpty() ? start : LocalDate.parse(end));
            }
            Supplied s = new Supplied(symbol, text(body, "title"), dates);
            if (s.isEmpty()) {
                throw ApiException.badRequest("nothing to correct", EXAMPLE);
            }
            return s;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApiException.badRequest(e.getMessage(), EXAMPLE);
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiException.badRequest("\"" + field + "\" is not a string", EXAMPLE);
        }
        return n.asText();
    }
}
