package org.compendium.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.compendium.links.DraftJson;
import org.compendium.links.DraftingAssistant;
import org.compendium.web.catalogue.Drafting;

/**
 * {@code POST /api/draft}: the drafting assistant over JSON. A read, open to anyone like the other reads; the body
 * must be JSON, so no cross-site form can post it.
 */
public final class DraftApi {
    private static final String EXAMPLE = "send {\"text\": \"Prie l'Office ...\", \"limit\": 5}";
    private final Drafting drafting;

    public DraftApi(Drafting drafting) {
        this.drafting = drafting;
    }

    /** {@code POST /api/draft} with {@code {"text": ..., "limit": 5}}: the closest provisions, each with its diff. */
    public void draft(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ApiException.badRequest("the body must be JSON (Content-Type: application/json)", EXAMPLE);
        }
        JsonNode body = JsonBodies.object(ctx, "a JSON object with \"text\", the draft (a string)", EXAMPLE);
        if (!body.path("text").isTextual()) {
            throw ApiException.badRequest("the body must be a JSON object with \"text\", the draft (a string)", EXAMPLE);
        }
        JsonNode limitNode = body.path("limit");
        if (!limitNode.isMissingNode() && !limitNode.isNull() && !limitNode.canConvertToExactIntegral()) {
            throw ApiException.badRequest("\"limit\" must be a whole number from 1 to " + DraftingAssistant.MAX_LIMIT, EXAMPLE);
        }
        int limit = limitNode.isIntegralNumber() ? limitNode.asInt() : 5;
        try {
            var answer = drafting.closest(body.get("text").asText(), limit).orElseThrow(() -> ApiException.unavailable(
                    "the drafting assistant needs the search index", "build it with `compendium index rebuild`, then restart"));
            ctx.json(DraftJson.of(answer));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage(), EXAMPLE);
        }
    }
}
