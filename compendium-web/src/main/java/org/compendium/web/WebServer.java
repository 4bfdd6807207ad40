package org.compendium.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import org.compendium.store.StoreException;
import org.compendium.web.api.ApiException;
import org.compendium.web.api.CatalogueApi;
import org.compendium.web.api.DraftApi;
import org.compendium.web.api.LinksApi;
import org.compendium.web.api.OpenApiDocument;
import org.compendium.web.api.SearchApi;
import org.compendium.web.api.ThemesApi;
import org.compendium.web.api.VocabularyApi;
import org.compendium.web.api.MetadataApi;
import org.compendium.web.auth.EditorAuth;
import org.compendium.web.auth.EditorSession;
import org.compendium.web.pages.BrowsePages;
import org.compendium.web.pages.CompendiumPage;
import org.compendium.web.pages.DraftPage;
import org.compendium.web.pages.MandatesPage;
import org.compendium.web.pages.PageRenderer;
import org.compendium.web.pages.LoginPage;
import org.compendium.web.pages.SearchPage;
import org.compendium.web.pages.ThemePages;
import org.compendium.web.pages.UploadPage;
import org.compendium.web.pages.PublishPage;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.session.SessionHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.compendium.web.ops.AccessLog;
import org.compendium.web.ops.ServerMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: one Javalin instance serving the JSON API, the pages, and the static assets (CSS, a small script,
 * htmx from its WebJar), bound to one host and port until {@link #close}.
 */
public final class WebServer implements AutoCloseable {
    /** The htmx WebJar's script, served by Javalin from the class path (no CDN: the server may have no internet). */
    public static final String HTMX_PATH = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /**
     * Scripts and styles from this server only: a defence in depth should escaping ever fail (no inline script can
     * run). htmx's inline indicator styles are turned off in the layout for the same reason.
     */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Request threads by default. Jetty's own default (250) let 200 concurrent clients all run at once on a 2-core
     * machine, each queueing on the store's lock and the CPU; a bounded pool answers as many requests per second with
     * a shorter tail ({@code org.compendium.web.bench.LoadBenchmark}, README "Load test").
     */
    public static final int DEFAULT_THREADS = 32;

    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts serving on {@code host}:{@code port} ({@code 0} picks a free port).
     *
     * @throws io.javalin.util.JavalinBindException when the port is taken
     */
    public static WebServer start(WebServices services, String host, int port) {
        return start(services, host, port, Settings.DEFAULTS);
    }

    /** Starts serving with at most {@code threads} request threads and no access log. */
    public static WebServer start(WebServices services, String host, int port, int threads) {
        return start(services, host, port, new Settings(threads, AccessLog.off(), Settings.SESSION_MINUTES));
    }

    /**
     * How the server runs.
     *
     * @param threads   at most this many request threads; requests beyond them wait in Jetty's queue
     * @param accessLog where each request's line goes
     * @param sessionMinutes an editor's session ends after this many idle minutes
     */
    public record Settings(int threads, AccessLog accessLog, int sessionMinutes) {
        /** Idle minutes before an editor's session ends, by default. */
        public static final int SESSION_MINUTES = 30;
        /** {@link #DEFAULT_THREADS} threads, no access log, 30-minute sessions (tests and benchmarks). */
        public static final Settings DEFAULTS = new Settings(DEFAULT_THREADS, AccessLog.off(), SESSION_MINUTES);

        public Settings {
            if (threads < 4 || threads > 1000) {
                throw new IllegalArgumentException("the server needs 4 to 1000 request threads, not " + threads);
            }
            java.util.Objects.requireNonNull(accessLog, "accessLog");
            if (sessionMinutes < 1 || sessionMinutes > 24 * 60) {
                throw new IllegalArgumentException("an editor's session lasts 1 to 1440 idle minutes, not " + sessionMinutes);
            }
        }
    }

    /**
     * Starts serving on {@code host}:{@code port} with these settings.
     *
     * @throws io.javalin.util.JavalinBindException when the port is taken
     */
    public static WebServer start(WebServices services, String host, int port, Settings settings) {
        int threads = settings.threads();
        ServerMetrics metrics = services.metrics();
        AccessLog accessLog = settings.accessLog();
        PageRenderer renderer = new PageRenderer();
        ErrorResponses errors = new ErrorResponses(renderer);
        ObjectMapper json = new ObjectMapper();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // A few threads per core: more only queue on the store's lock and the CPU (see the load test).
            config.jetty.threadPool = new QueuedThreadPool(threads, Math.min(4, threads), 60_000);
            // Uploads: refused past the limit before they fill the disk; small parts stay in memory.
            config.jetty.multipartConfig.maxFileSize(org.compendium.web.catalogue.Uploads.MAX_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(org.compendium.web.catalogue.Uploads.MAX_BYTES + 1024 * 1024,
                    io.javalin.config.SizeUnit.BYTES);
            // After every request, answered or failed: its access-log line and its metrics, by route pattern.
            config.requestLogger.http((ctx, ms) -> {
                metrics.request(route(ctx), ctx.method().name(), ctx.statusCode(), ms / 1000.0);
                accessLog.request(java.time.Instant.now(), ctx.ip(), ctx.method().name(), ctx.path(), ctx.statusCode(), ms);
            });
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/compendium/web/static";
                files.location = Location.CLASSPATH;
            });
            // Citations hold slashes, which the API takes percent-encoded (%2F) inside one path segment; Jetty
            // refuses such "ambiguous" URIs unless its URI compliance allows them.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setUriCompliance(UriCompliance.LEGACY);
                http.addCustomizer(tlsProxy());
            });
            config.jetty.modifyServletContextHandler(handler -> {
                handler.setSessionHandler(sessions(settings.sessionMinutes()));
                handler.setErrorHandler(new HttpLayerErrors());
            });
            // 414, 431 and unparsable requests are answered by Jetty before any route: as JSON, like every error.
            config.jetty.modifyServer(server -> server.setErrorHandler(new HttpLayerErrors()));
        });
        EditorAuth auth = new EditorAuth(services.editing());
        // First of all: a session whose editor was removed, or whose password changed, since the login ends here.
        app.before(auth::endStaleSession);
        app.before(ctx -> {
            // An editor's pages carry the session's CSRF token and what only editors see: no cache keeps them.
            if (ctx.path().equals("/login") || EditorSession.of(ctx).isPresent()) {
                ctx.header("Cache-Control", "no-store");
            }
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
        });
        app.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 401) {
                // API clients may answer with Basic credentials; a page's 401 names the login form instead, so
                // that browsers do not pop up a password dialog.
                ctx.header("WWW-Authenticate", ErrorResponses.isApi(ctx.path())
                        ? "Basic realm=\"" + EditorAuth.REALM + "\", charset=\"UTF-8\""
                        : "Cookie realm=\"" + EditorAuth.REALM + "\", form-action=\"/login\"");
            }
            errors.answer(ctx, e.status(), e.getMessage(), e.hint());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> errors.answer(ctx, e.getStatus(),
                e.getStatus() == 404 ? "nothing at " + ctx.path() : e.getMessage(),
                e.getStatus() == 404 ? "the API is described at /api/openapi.json; the pages start at /" : null));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store error on {}", ctx.path(), e);
            errors.answer(ctx, 500, "the store could not be read: " + e.getMessage(), "see the server's log");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {}", ctx.path(), e);
            errors.answer(ctx, 500, "unexpected error", "see the server's log; please report it");
        });
        Routes.declare(app,
                new CatalogueApi(services.catalogue(), services.similar()),
                new SearchApi(services.searcher(), services.themes()),
                OpenApiDocument.load(),
                new BrowsePages(services.catalogue(), renderer, services.similar(), services.themes(),
                        services.suggestions(), services.links()),
                new SearchPage(services.searcher(), renderer, services.themes()),
                new Routes.ThemeRoutes(
                        new ThemesApi(services.catalogue(), services.themes(), services.suggestions(), services.changes(), auth),
                        new VocabularyApi(services.themes(), services.changes(), auth),
                        new ThemePages(services.themes(), services.consistency(), services.changes(), auth, renderer),
                        new LoginPage(auth, renderer),
                        new MetadataApi(services.catalogue(), services.changes(), auth)),
                new CompendiumPage(services.catalogue(), renderer), services.health(),
                new Routes.LinkRoutes(new LinksApi(services.links()), new DraftApi(services.drafting()),
                        new DraftPage(services.drafting(), renderer), new MandatesPage(services.links(), renderer),
                        new org.compendium.web.pages.LinkDecisionsPage(services.links().editing(), auth)),
                metrics, new UploadPage(services.uploads(), auth, renderer),
                new PublishPage(services.catalogue(), auth, renderer));
        app.start(host, port);
        // Train the theme suggester now, off the request path, so the first provision page does not wait for it.
        Thread warmUp = new Thread(services.suggestions()::warmUp, "compendium-suggester-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return new WebServer(app, host);
    }

    /** The route pattern a request matched ({@code /provisions/{citation}}), or {@code unmatched}. */
    private static String route(io.javalin.http.Context ctx) {
        try {
            String route = ctx.endpointHandlerPath();
            return route.equals("*") || route.isEmpty() ? "unmatched" : route;
        } catch (IllegalStateException e) {
            return "unmatched"; // no endpoint matched: Javalin answered 404 from its before-handlers' stage
        }
    }

    /**
     * Behind a TLS-terminating proxy, {@code X-Forwarded-Proto: https} makes the request secure, so that the session
     * cookie is sent {@code Secure}. Only that header is taken: the forwarded client address, host and port are
     * ignored (pointed at a header nobody sends), since any client could write them, e.g. to dodge the per-address
     * login throttle.
     */
    private static ForwardedRequestCustomizer tlsProxy() {
        ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();
        String ignored = "X-Compendium-Not-Trusted";
        forwarded.setForwardedHeader(ignored);
        forwarded.setForwardedForHeader(ignored);
        forwarded.setForwardedHostHeader(ignored);
        forwarded.setForwardedServerHeader(ignored);
        forwarded.setForwardedPortHeader(ignored);
        forwarded.setForwardedHttpsHeader(ignored);
        forwarded.setForwardedCipherSuiteHeader(ignored);
        forwarded.setForwardedSslSessionIdHeader(ignored);
        forwarded.setForwardedProtoHeader("X-Forwarded-Proto");
        return forwarded;
    }

    /**
     * Server-side sessions for logged-in editors: the cookie is HttpOnly (no script reads it), SameSite=Strict (no
     * other site's request carries it), Secure on HTTPS, and a session ends after the configured idle minutes (30 by default).
     */
    private static SessionHandler sessions(int minutes) {
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie("compendium_session");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.STRICT);
        sessions.setSecureRequestOnly(true);
        sessions.setMaxInactiveInterval(minutes * 60);
        return sessions;
    }

    /** The port actually bound (the chosen one when started with 0). */
    public int port() {
        return app.port();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }
}
