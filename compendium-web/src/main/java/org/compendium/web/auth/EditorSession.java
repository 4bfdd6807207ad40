package org.compendium.web.auth;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.compendium.themes.AuthenticatedEditor;

/**
 * A logged-in editor's server-side session: who (checked at login) and the CSRF token that every state-changing
 * request of this session must send back. The browser holds only the session id, in an HttpOnly, SameSite=Strict
 * cookie; no session is created for anonymous visitors.
 *
 * @param editor the editor, authenticated at login
 * @param csrf   the session's CSRF token (32 random bytes, URL-safe Base64)
 */
public record EditorSession(AuthenticatedEditor editor, String csrf) {
    /** The session attribute holding it. */
    static final String ATTRIBUTE = "compendium.editor";
    /** The form field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";
    /** The header that carries the CSRF token on session-authenticated API calls. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The editor's session of this request, if the request carries one (never creates a session). */
    public static Optional<EditorSession> of(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof EditorSession s ? Optional.of(s)
                : Optional.empty();
    }

    /**
     * Starts a new session for {@code editor}: any earlier session of this browser is invalidated first, so a
     * session id planted before the login is worthless afterwards (session fixation).
     */
    static EditorSession start(Context ctx, AuthenticatedEditor editor) {
        end(ctx);
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        EditorSession s = new EditorSession(editor, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
        ctx.req().getSession(true).setAttribute(ATTRIBUTE, s);
        return s;
    }

    /** Ends the session of this request, if any. */
    static void end(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Whether {@code token} is this session's CSRF token (compared in constant time). */
    public boolean csrfMatches(String token) {
        return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
