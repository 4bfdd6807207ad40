package org.compendium.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.web.catalogue.ProvisionContext;
import org.compendium.web.catalogue.ThemeCatalogue;
import org.compendium.web.catalogue.ThemeChanges;
import org.compendium.web.catalogue.ThemeSuggestions;

/**
 * {@code /api/provisions/{citation}/themes}: a provision's themes and suggestions (public), and an editor's decision
 * about one of them (HTTP Basic, or the session with its {@code X-CSRF-Token}); every change goes through the
 * editing service and so lands in the audit log.
 */
public final class ThemesApi {
    private final Catalogue catalogue;
    private final ThemeCatalogue themes;
    private final ThemeSuggestions suggestions;
    private final ThemeChanges changes;
    private final EditorAuth auth;

    public ThemesApi(Catalogue catalogue, ThemeCatalogue themes, ThemeSuggestions suggestions, ThemeChanges changes,
            EditorAuth auth) {
        this.catalogue = catalogue;
        this.themes = themes;
        this.suggestions = suggestions;
        this.changes = changes;
        this.auth = auth;
    }

    /** {@code GET /api/provisions/{citation}/themes}: its themes (imported or decided) and suggestions. */
    public void provisionThemes(Context ctx) {
        Citation citation = Params.citation(ctx.pathParam("citation"));
        ProvisionContext context = catalogue.context(citation, null).orElseThrow(() -> ApiException.notFound(
                "no provision cited as " + citation, "GET /api/documents lists the stored documents"));
        List<ThemeCatalogue.ProvisionTheme> own = themes.of(citation);
        List<Map<String, Object>> ownJson = own.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.theme().id());
            m.put("label", t.theme().label("fr"));
            m.put("imported", t.imported());
            m.put("decision", t.decision() == null ? null : decision(t.decision()));
            return m;
        }).toList();
        List<JsonShapes.ThemeSuggestion> suggested = suggestions.forProvision(context, own).stream()
                .map(JsonShapes.ThemeSuggestion::of).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("citation", citation.toString());
        out.put("themes", ownJson);
        out.put("suggestions", suggested);
        ctx.json(out);
    }

    /**
     * {@code POST /api/provisions/{citation}/themes} with {@code {"action": "accept"|"reject"|"add", "theme": ID}}:
     * 401 without credentials, 403 when refused, 400 for a bad body or unknown theme, 404 for an unknown provision.
     */
    public void decide(Context ctx) {
        AuthenticatedEditor editor = auth.apiEditor(ctx);
        Citation citation = Params.citation(ctx.pathParam("citation"));
        String example = "send {\"action\": \"accept\", \"theme\": \"echange-d-informations\"}; action is accept, reject or add";
        JsonNode body = JsonBodies.object(ctx, "a JSON object with \"action\" and \"theme\"", example);
        if (!body.path("theme").isTextual() || !body.path("action").isTextual()) {
            throw ApiException.badRequest("the body must be a JSON object with \"action\" and \"theme\"",
                    "send {\"action\": \"accept\", \"theme\": \"echange-d-informations\"}; action is accept, reject or add");
        }
        ThemeVerdict verdict = Params.verdict(body.get("action").asText());
        if (catalogue.occurrences(citation).isEmpty()) {
            throw ApiException.notFound("no provision cited as " + citation, "GET /api/documents lists the stored documents");
        }
        ThemeChanges.Outcome outcome;
        try {
            outcome = changes.decide(editor, citation, body.get("theme").asText().strip(), verdict);
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "ask an administrator to add the editor again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "the themes are listed at /themes");
        }
        Map<String, Object> out = decision(outcome.decision());
        out.put("index", outcome.indexError() == null ? "updated" : "not updated: " + outcome.indexError());
        ctx.json(out);
    }

    private static Map<String, Object> decision(ThemeDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("citation", d.citation().toString());
        m.put("theme", d.themeId());
        m.put("verdict", d.verdict().code());
        m.put("editor", d.editor());
        m.put("at", d.at().toString());
        return m;
    }
}
