package org.compendium.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.auth.EditorSession;

/**
 * The editors' login form ({@code GET}/{@code POST /login}) and logout ({@code POST /logout}, with the CSRF token).
 * A successful login starts a new server-side session and returns to {@code next} (a path on this site only).
 */
public final class LoginPage {
    private final EditorAuth auth;
    private final PageRenderer renderer;

    public LoginPage(EditorAuth auth, PageRenderer renderer) {
        this.auth = auth;
        this.renderer = renderer;
    }

    /** {@code GET /login[?next=/path]}. */
    public void form(Context ctx) {
        show(ctx, 200, "", false);
    }

    /** {@code POST /login} (form: {@code username}, {@code password}, {@code next}). */
    public void login(Context ctx) {
        String username = ctx.formParam("username");
        if (auth.login(ctx, username, ctx.formParam("password")).isEmpty()) {
            show(ctx, 401, username == null ? "" : username, true);
            return;
        }
        ctx.redirect(next(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /logout} (form: {@code csrf}): ends the session and returns home. */
    public void logout(Context ctx) {
        if (EditorSession.of(ctx).isPresent()) {
            auth.formEditor(ctx); // a forged logout (no or wrong CSRF token) is refused with 403
        }
        auth.logout(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String username, boolean failed) {
        renderer.render(ctx, status, "login.jte", Map.of("page", renderer.page(ctx, ""), "username", username,
                "failed", failed, "next", next(ctx.formParamMap().containsKey("next") ? ctx.formParam("next") : ctx.queryParam("next"))));
    }

    /** A local path to return to: anything else (another site, {@code //host}) gives the home page. */
    static String next(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
