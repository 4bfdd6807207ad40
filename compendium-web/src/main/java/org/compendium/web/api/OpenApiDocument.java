package org.compendium.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.0 description of the API: the hand-written resource {@code openapi.json} beside this class, served
 * as is at {@code GET /api/openapi.json}.
 */
public final class OpenApiDocument {
    /** The resource's name, relative to this class. */
    public static final String RESOURCE = "openapi.json";
    private final byte[] json;

    private OpenApiDocument(byte[] json) {
        this.json = json;
    }

    /** Reads the resource once, at start-up, so a packaging mistake fails the start rather than a request. */
    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the web module");
            }
            return new OpenApiDocument(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** {@code GET /api/openapi.json}. */
    public void serve(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }
}
