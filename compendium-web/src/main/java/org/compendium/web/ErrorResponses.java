package org.compendium.web;

import io.javalin.http.Context;
import java.util.Map;
import org.compendium.web.api.ApiError;
import org.compendium.web.pages.PageRenderer;

/**
 * How a refused or failed request is answered: {@code {"error": ..., "hint": ...}} under {@code /api}, an error page
 * in the interface language elsewhere; always with the status code.
 */
final class ErrorResponses {
    private final PageRenderer renderer;

    ErrorResponses(PageRenderer renderer) {
        this.renderer = renderer;
    }

    void answer(Context ctx, int status, String error, String hint) {
        if (isApi(ctx.path())) {
            ctx.status(status).json(new ApiError(error, hint));
        } else {
            renderer.render(ctx, status, "error.jte", Map.of("page", renderer.page(ctx, ""), "status", status,
                    "error", error, "hint", hint == null ? "" : hint));
        }
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
