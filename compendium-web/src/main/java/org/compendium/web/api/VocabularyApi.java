package org.compendium.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.themes.ThemeEditing;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.catalogue.ThemeCatalogue;
import org.compendium.web.catalogue.ThemeChanges;

/**
 * {@code /api/themes}: the vocabulary's themes one by one (public), and editors extending it — a new theme in any
 * body's vocabulary, a label in one of the six UN languages, a keyword or synonym that suggestions match — with HTTP Basic credentials or the session and its
 * {@code X-CSRF-Token}, as for decisions. Every change goes through the editing service (audited, versioned), which
 * checks everything before it changes anything.
 */
public final class VocabularyApi {
    private static final String CREATE_EXAMPLE = "send {\"scope\": \"WG.4\", \"labels\": {\"fr\": \"Identification des "
            + "victimes\", \"en\": \"Victim identification\"}, \"parent\": null}";
    private final ThemeCatalogue themes;
    private final ThemeChanges changes;
    private final EditorAuth auth;

    public VocabularyApi(ThemeCatalogue themes, ThemeChanges changes, EditorAuth auth) {
        this.themes = themes;
        this.changes = changes;
        this.auth = auth;
    }

    /** The path of a theme in this API (the {@code Location} of a created theme). */
    public static String path(String id) {
        return "/api/themes/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code GET /api/themes/{id}}: one theme with its scope, parent and labels; 404 when unknown. */
    public void theme(Context ctx) {
        ctx.json(JsonShapes.ThemeItem.of(known(ctx.pathParam("id"))));
    }

    /** {@code GET /api/themes[?scope=WG.7]}: every theme of the vocabularies (or of one), in vocabulary order; public. */
    public void themes(Context ctx) {
        String scope = ctx.queryParam("scope");
        Body body = null;
        if (Params.present(scope)) {
            try {
                body = Body.fromCode(scope.strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown scope '" + scope + "'", "scope is WG.7, WG.4 or COP, or leave it out for all");
            }
        }
        Body only = body;
        ctx.json(themes.themes().stream().filter(t -> only == null || t.scope() == only).map(JsonShapes.ThemeItem::of).toList());
    }

    /**
     * {@code POST /api/themes} with {@code {"scope": "WG.4", "labels": {"fr": ..., "en": ...}, "parent": null}}: 201
     * with the new theme and its {@code Location}; 401 without credentials, 403 when refused, 400 for a bad body,
     * scope, language or label, an id that exists or a parent outside the scope's vocabulary.
     */
    public void create(Context ctx) {
        AuthenticatedEditor editor = auth.apiEditor(ctx);
        JsonNode body = object(ctx, CREATE_EXAMPLE);
        if (!body.path("scope").isTextual() || !body.path("labels").isObject()) {
            throw ApiException.badRequest("the body needs \"scope\" (a string) and \"labels\" (an object)", CREATE_EXAMPLE);
        }
        Body scope;
        try {
            scope = Body.fromCode(body.get("scope").asText().strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown scope '" + body.get("scope").asText() + "'", "scope is WG.7, WG.4 or COP");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> label : body.get("labels").properties()) {
            if (!label.getValue().isTextual()) {
                throw ApiException.badRequest("the label in '" + label.getKey() + "' is not a string", CREATE_EXAMPLE);
            }
            labels.put(label.getKey(), label.getValue().asText());
        }
        JsonNode parentNode = body.path("parent");
        if (!parentNode.isMissingNode() && !parentNode.isNull() && !parentNode.isTextual()) {
            throw ApiException.badRequest("\"parent\" is a theme id or null", CREATE_EXAMPLE);
        }
        String parent = parentNode.isTextual() && Params.present(parentNode.asText()) ? parentNode.asText().strip() : null;
        Theme created;
        try {
            created = changes.createTheme(editor, scope, labels, parent);
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "ask an administrator to add the editor again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "the themes are listed at /themes; " + CREATE_EXAMPLE);
        }
        ctx.status(HttpStatus.CREATED).header("Location", path(created.id())).json(JsonShapes.ThemeItem.of(created));
    }

    /**
     * {@code PUT /api/themes/{id}/labels/{lang}} with {@code {"label": "..."}}: 200 with the theme as it now is; 401
     * without credentials, 403 when refused, 404 for an unknown theme, 400 for a language outside the six or a blank
     * label.
     */
    public void label(Context ctx) {
        AuthenticatedEditor editor = auth.apiEditor(ctx);
        Theme theme = known(ctx.pathParam("id"));
        String example = "send {\"label\": \"Victim identification\"}";
        JsonNode body = object(ctx, example);
        if (!body.path("label").isTextual()) {
            throw ApiException.badRequest("the body needs \"label\" (a string)", example);
        }
        try {
            ctx.json(JsonShapes.ThemeItem.of(changes.label(editor, theme.id(), ctx.pathParam("lang"),
                    body.get("label").asText())));
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "ask an administrator to add the editor again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "the language is one of " + new TreeSet<>(ThemeEditing.LANGUAGES)
                    + "; " + example);
        }
    }

    private static final String KEYWORD_EXAMPLE = "send {\"language\": \"fr\", \"keyword\": \"voies légales de "
            + "migration\"}";

    /** {@code GET /api/themes/{id}/keywords}: the theme's keywords, by language and keyword; public; 404 when unknown. */
    public void keywords(Context ctx) {
        Theme theme = known(ctx.pathParam("id"));
        ctx.json(changes.keywords(theme.id()).stream().map(JsonShapes.Keyword::of).toList());
    }

    /**
     * {@code POST /api/themes/{id}/keywords} with {@code {"language": "fr", "keyword": "..."}}: 201 with the theme's
     * keywords as they now are; 401 without credentials, 403 when refused, 404 for an unknown theme, 400 for a
     * language outside the six, a blank or overlong keyword, or one the theme has already.
     */
    public void addKeyword(Context ctx) {
        AuthenticatedEditor editor = auth.apiEditor(ctx);
        Theme theme = known(ctx.pathParam("id"));
        String[] k = keywordBody(ctx);
        try {
            ctx.status(HttpStatus.CREATED).json(changes.addKeyword(editor, theme.id(), k[0], k[1]).stream()
                    .map(JsonShapes.Keyword::of).toList());
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "ask an administrator to add the editor again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "the language is one of " + new TreeSet<>(ThemeEditing.LANGUAGES)
                    + "; " + KEYWORD_EXAMPLE);
        }
    }

    /**
     * {@code DELETE /api/themes/{id}/keywords} with {@code {"language": "fr", "keyword": "..."}}: 200 with the theme's
     * keywords as they now are; 401, 403 and 404 as for adding, 400 for a keyword the theme does not have.
     */
    public void removeKeyword(Context ctx) {
        AuthenticatedEditor editor = auth.apiEditor(ctx);
        Theme theme = known(ctx.pathParam("id"));
        String[] k = keywordBody(ctx);
        try {
            ctx.json(changes.removeKeyword(editor, theme.id(), k[0], k[1]).stream().map(JsonShapes.Keyword::of).toList());
        } catch (NotAuthorizedException e) {
            throw ApiException.forbidden(e.getMessage(), "ask an administrator to add the editor again");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), "list the theme's keywords with GET " + path(theme.id())
                    + "/keywords; " + KEYWORD_EXAMPLE);
        }
    }

    /** The language and keyword of a keyword request's body. */
    private static String[] keywordBody(Context ctx) {
        JsonNode body = object(ctx, KEYWORD_EXAMPLE);
        if (!body.path("language").isTextual() || !body.path("keyword").isTextual()) {
            throw ApiException.badRequest("the body needs \"language\" and \"keyword\" (strings)", KEYWORD_EXAMPLE);
        }
        return new String[] {body.get("language").asText(), body.get("keyword").asText()};
    }

    private Theme known(String id) {
        return themes.theme(id).orElseThrow(() -> ApiException.notFound("no theme '" + id + "'",
                "the themes are listed at /themes; create one with POST /api/themes"));
    }

    private static JsonNode object(Context ctx, String example) {
        return JsonBodies.object(ctx, "a JSON object", example);
    }
}
