package org.compendium.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compendium.links.LinkEditing;
import org.compendium.model.Citation;
import org.compendium.store.LinkStore;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.web.auth.EditorAuth;

/**
 * Editors settle a found link through the API (HTTP Basic credentials and a JSON body): confirm or reject a lineage,
 * delivery or reference link whose first end is the provision in the path. The provision page's form
 * ({@code pages.LinkDecisionsPage}) goes through {@link #decide} too.
 */
public final class LinkDecisionsApi {
    private final LinkEditing editing;
    private final EditorAuth auth;

    public LinkDecisionsApi(LinkEditing editing, EditorAuth auth) {
        this.editing = editing;
        this.auth = auth;
    }

    /**
     * {@code POST /api/provisions/{citation}/links} with {@code {"type": "lineage", "target": CITATION, "action":
     * "confirm"|"reject"}}: 401 without credentials, 403 when refused, 400 for a bad body, 404 for an unknown end.
     */
    public void decideApi(Context ctx) {
        AuthenticatedEditor editor = auth.apiEditor(ctx);
        Citation source = Params.citation(ctx.pathParam("citation"));
        String example = "send {\"type\": \"lineage\", \"target\": \"COP res. 6/3 op. 3\", \"action\": \"confirm\"}";
        JsonNode body = JsonBodies.object(ctx, "a JSON object with \"type\", \"target\" and \"action\"", example);
        if (!body.path("target").isTextual() || !body.path("action").isTextual()) {
            throw ApiException.badRequest("the body must be a JSON object with \"target\" and \"action\"", example);
        }
        LinkStore.Decision d = decide(editing, editor, source, body.path("type").asText("lineage"), body.get("target").asText(),
                body.get("action").asText());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", d.type());
        out.put("source", d.source());
        out.put("target", d.target());
        out.put("verdict", d.verdict().code());
        out.put("editor", d.editor());
        out.put("at", d.at().toString());
        ctx.json(out);
    }

    /**
     * Records the decision of an authenticated editor; the errors as API answers (400 bad action or type, 403 editor
     * gone, 404 unknown provision).
     */
    public static LinkStore.Decision decide(LinkEditing editing, AuthenticatedEditor editor, Citation source, String type,
                                            String target, String action) {        LinkStore.Verdict verdict = switch (action == null ? "" : action) {
            case "confirm" -> LinkStore.Verdict.CONFIRMED;
            case "reject" -> LinkStore.Verdict.REJECTED;
            default -> throw ApiException.badRequest("unknown action '" + action + "'", "action is confirm or reject");
        };
        try {
            return editing.decide(editor.username(), LinkEditing.LinkType.of(Params.present(type) ? type : "lineage"),
                    source, target, verdict);
        } catch (IllegalStateException e) {
            throw ApiException.forbidden(e.getMessage(), "log in again");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw message != null && message.startsWith("no stored provision")
                    ? ApiException.notFound(message, "the provision page lists the found links")
                    : ApiException.badRequest(message, "type is lineage, delivery or reference; target a citation");
        }
    }
}
