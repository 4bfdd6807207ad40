package org.compendium.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.compendium.web.auth.EditorSession;

/**
 * Renders the precompiled JTE templates (compiled by the build from {@code src/main/jte}, so no compiler is needed at
 * run time) with the {@code Html} content type, which escapes every {@code ${...}} for its HTML context.
 */
public final class PageRenderer {
    /** The cookie that remembers the interface language. */
    public static final String LANG_COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /**
     * The layout context of this request: the interface language from {@code ?lang=}, the cookie or the browser,
     * remembered in the cookie when chosen with {@code ?lang=}.
     */
    public Page page(Context ctx, String query) {
        String asked = ctx.queryParam("lang");
        UiLanguage lang = UiLanguage.choose(asked, ctx.cookie(LANG_COOKIE), ctx.header("Accept-Language"));
        if (UiLanguage.fromCode(asked).isPresent()) {
            Cookie cookie = new Cookie(LANG_COOKIE, lang.code(), "/", ONE_YEAR);
            cookie.setSameSite(SameSite.LAX);
            cookie.setHttpOnly(true);
            ctx.cookie(cookie);
        }
        Optional<EditorSession> session = EditorSession.of(ctx);
        return new Page(lang, Messages.of(lang), switchHref(ctx.path(), ctx.queryParamMap(), lang.other()), query,
                session.map(s -> s.editor().username()).orElse(null), session.map(EditorSession::csrf).orElse(""));
    }

    /** Renders {@code template} with {@code params} as the HTML answer, with {@code status}. */
    public void render(Context ctx, int status, String template, Map<String, Object> params) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(html(template, params));
    }

    /** The HTML of {@code template} rendered with {@code params} (no request needed: what tests of a page call). */
    public String html(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    /** Renders {@code template} as a 200 answer. */
    public void render(Context ctx, String template, Map<String, Object> params) {
        render(ctx, 200, template, params);
    }

    /** The same path and query with {@code lang} replaced by {@code other}. */
    static String switchHref(String path, Map<String, List<String>> query, UiLanguage other) {
        Map<String, List<String>> params = new LinkedHashMap<>(query);
        params.remove("lang");
        StringJoiner q = new StringJoiner("&", "?", "");
        params.forEach((name, values) -> values.forEach(v -> q.add(encode(name) + "=" + encode(v))));
        q.add("lang=" + other.code());
        return path + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
