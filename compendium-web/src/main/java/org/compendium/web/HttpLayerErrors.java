package org.compendium.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.compendium.web.api.ApiError;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answer of the errors Jetty gives before a request reaches the application — a request line or URI too long
 * (414), headers too large (431), a message it cannot parse (400) — and of any error Jetty itself reports: the API's
 * JSON {@code {"error": ..., "hint": ...}} with the status, instead of Jetty's HTML page. Such a request has no route
 * yet (its path may not even be read), so the answer is JSON whatever the path.
 */
final class HttpLayerErrors extends ErrorHandler {
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private final ObjectMapper json = new ObjectMapper();

    /** The error of a status Jetty refuses a request with, and what the client should do. */
    static ApiError of(int status, String reason) {
        return switch (status) {
            case 414 -> new ApiError("the request's URI is too long (over the server's limit of 8 KB)",
                    "send fewer or shorter query parameters; export a large result set with /api/search/export");
            case 431 -> new ApiError("the request's headers are too large (over the server's limit of 8 KB)",
                    "send fewer or smaller headers (cookies included)");
            case 404 -> new ApiError("nothing here", "the API is described at /api/openapi.json; the pages start at /");
            default -> new ApiError("the request was refused by the HTTP layer (" + status
                    + (reason == null || reason.isBlank() ? "" : ": " + reason) + ")", "check the request's syntax (HTTP/1.1)");
        };
    }

    private byte[] body(int status, String reason) {
        try {
            return json.writeValueAsBytes(of(status, reason));
        } catch (JsonProcessingException e) {
            // ApiError is two strings; Jackson cannot fail on it.
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(JSON_TYPE);
        response.getOutputStream().write(body(code, message));
    }

    /** JSON whatever the client accepts: the default would answer nothing to an {@code Accept} without HTML. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
            int code, String message, String contentType) throws IOException {
        generateAcceptableResponse(baseRequest, request, response, code, message);
    }
}
