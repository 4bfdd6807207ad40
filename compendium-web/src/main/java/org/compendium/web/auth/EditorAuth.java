package org.compendium.web.auth;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import java.util.Optional;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.themes.ThemeEditing;
import org.compendium.web.api.ApiException;

/**
 * Who may change themes, request by request: a logged-in editor whose request carries the session's CSRF token, or
 * (API only) an editor's HTTP Basic credentials. Refusals are {@link ApiException}s: 401 when nobody is
 * authenticated (the server adds {@code WWW-Authenticate}), 403 when the editor is known but the request is refused
 * (missing or forged CSRF token, Basic credentials on a non-JSON body).
 */
public final class EditorAuth {
    /** The realm named in {@code WWW-Authenticate}. */
    public static final String REALM = "Compendium editors";
    private static final String LOGIN_HINT = "log in at /login, or send an editor's HTTP Basic credentials to the API";

    private final ThemeEditing editing;
    private final LoginThrottle throttle;

    public EditorAuth(ThemeEditing editing) {
        this(editing, new LoginThrottle(java.time.Clock.systemUTC()));
    }

    public EditorAuth(ThemeEditing editing, LoginThrottle throttle) {
        this.editing = editing;
        this.throttle = throttle;
    }

    /**
     * Checks credentials through the throttle: refused with 429 at once while the account or the address must wait,
     * else checked, and the outcome counted.
     */
    private AuthenticatedEditor authenticate(Context ctx, EditorCredentials credentials) {
        String address = ctx.ip();
        Optional<java.time.Duration> wait = throttle.wait(credentials.username(), address);
        if (wait.isPresent()) {
            throw ApiException.tooManyRequests("too many failed logins for this account or from this address; try again in "
                    + Math.max(1, wait.get().toSeconds()) + " s; nothing was changed", "wait, then log in with the right password");
        }
        try {
            AuthenticatedEditor editor = editing.authenticate(credentials);
            throttle.succeeded(credentials.username(), address);
            return editor;
        } catch (NotAuthorizedException e) {
            throttle.failed(credentials.username(), address);
            throw e;
        }
    }

    /**
     * Checks a login form's user name and password and starts a new session; empty (and no session) when refused.
     *
     * @throws ApiException 429 while the account or the address must wait after failed logins ({@link LoginThrottle})
     */
    public Optional<EditorSession> login(Context ctx, String username, String password) {
        EditorCredentials credentials = new EditorCredentials(username, password == null ? new char[0] : password.toCharArray());
        try {
            return Optional.of(EditorSession.start(ctx, authenticate(ctx, credentials)));
        } catch (NotAuthorizedException e) {
            return Optional.empty();
        } finally {
            credentials.clear();
        }
    }

    /** Ends the session, if any. */
    public void logout(Context ctx) {
        EditorSession.end(ctx);
    }

    /**
     * Ends this request's session when its login no longer stands ({@link ThemeEditing#isCurrent}): the editor was
     * removed or their password changed, here or by {@code compendium editors remove|password} in another process.
     * Run before every route, so the request, and every later one, is answered as to a visitor who is not logged in.
     */
    public void endStaleSession(Context ctx) {
        Optional<EditorSession> session = EditorSession.of(ctx);
        if (session.isPresent() && !editing.isCurrent(session.get().editor())) {
            EditorSession.end(ctx);
        }
    }

    /**
     * The editor behind a state-changing form: the session's editor when the form's CSRF field matches.
     *
     * @throws ApiException 401 without a session, 403 with a missing or wrong CSRF token
     */
    public AuthenticatedEditor formEditor(Context ctx) {
        EditorSession session = EditorSession.of(ctx).orElseThrow(() ->
                ApiException.unauthorized("only a logged-in editor can change themes; nothing was changed", LOGIN_HINT));
        return checked(session, ctx.formParam(EditorSession.CSRF_FIELD));
    }

    /**
     * The editor behind an API call: HTTP Basic credentials (with a JSON body, which a cross-site form cannot send),
     * else the session with the {@code X-CSRF-Token} header.
     *
     * @throws ApiException 401 when neither authenticates, 403 when the request is refused
     */
    public AuthenticatedEditor apiEditor(Context ctx) {
        BasicAuthCredentials basic;
        try {
            basic = ctx.header("Authorization") == null ? null : ctx.basicAuthCredentials();
        } catch (RuntimeException e) {
            throw ApiException.unauthorized("malformed Basic credentials in the Authorization header; nothing was changed",
                    LOGIN_HINT);
        }
        if (basic != null) {
            EditorCredentials credentials = new EditorCredentials(basic.getUsername(), basic.getPassword().toCharArray());
            AuthenticatedEditor editor;
            try {
                editor = authenticate(ctx, credentials);
            } catch (NotAuthorizedException e) {
                throw ApiException.unauthorized(e.getMessage(), LOGIN_HINT);
            } finally {
                credentials.clear();
            }
            if (!isJson(ctx)) {
                throw ApiException.forbidden("with HTTP Basic credentials the body must be JSON (Content-Type: "
                        + "application/json); nothing was changed", "send the body as JSON, as /api/openapi.json describes it");
            }
            return editor;
        }
        EditorSession session = EditorSession.of(ctx).orElseThrow(() ->
                ApiException.unauthorized("authentication required to change themes; nothing was changed", LOGIN_HINT));
        return checked(session, ctx.header(EditorSession.CSRF_HEADER));
    }

    /** The session's editor, without a CSRF check: for pages that only read (the audit log). */
    public Optional<AuthenticatedEditor> reader(Context ctx) {
        return EditorSession.of(ctx).map(EditorSession::editor);
    }

    private static AuthenticatedEditor checked(EditorSession session, String token) {
        if (!session.csrfMatches(token)) {
            throw ApiException.forbidden("the request's CSRF token is missing or wrong; nothing was changed",
                    "reload the page and submit its form again");
        }
        return session.editor();
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }
}
