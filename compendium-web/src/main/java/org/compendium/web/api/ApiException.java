package org.compendium.web.api;

/**
 * A request the API refuses, with the HTTP status to answer and a message and hint for the person who sent it;
 * rendered as {@code {"error": ..., "hint": ...}} under {@code /api} and as an error page elsewhere.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String hint;

    private ApiException(int status, String message, String hint) {
        super(message);
        this.status = status;
        this.hint = hint;
    }

    /** A malformed parameter: 400. */
    public static ApiException badRequest(String message, String hint) {
        return new ApiException(400, message, hint);
    }

    /** Nothing with that identifier: 404. */
    public static ApiException notFound(String message, String hint) {
        return new ApiException(404, message, hint);
    }

    /** Nobody authenticated for a request that needs an editor: 401 (the server adds {@code WWW-Authenticate}). */
    public static ApiException unauthorized(String message, String hint) {
        return new ApiException(401, message, hint);
    }

    /** An authenticated request refused (e.g. a missing or forged CSRF token): 403. */
    public static ApiException forbidden(String message, String hint) {
        return new ApiException(403, message, hint);
    }

    /** A feature this server was started without (e.g. the search index): 503. */
    /** 409: the request conflicts with what is stored (another document has that identity). */
    public static ApiException conflict(String message, String hint) {
        return new ApiException(409, message, hint);
    }

    public static ApiException unavailable(String message, String hint) {
        return new ApiException(503, message, hint);
    }

    public int status() {
        return status;
    }

    public String hint() {
        return hint;
    }

    /** The JSON body of this error. */
    public ApiError body() {
        return new ApiError(getMessage(), hint);
    }
}
