package org.compendium.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** The JSON body of an API request, read once for every controller: an object, or a 400 saying what to send. */
final class JsonBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /**
     * The request's body as a JSON object.
     *
     * @param expected what the message says the body must be ({@code a JSON object with "theme"})
     * @param example  what to send instead
     * @throws ApiException 400 when the body is not JSON or not an object
     */
    static JsonNode object(Context ctx, String expected, String example) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be " + expected, example);
        }
        return body;
    }
}
