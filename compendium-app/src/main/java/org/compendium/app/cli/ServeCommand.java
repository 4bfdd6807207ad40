package org.compendium.app.cli;

import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.time.Duration;
import org.compendium.pipeline.StoreFollower;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.nio.file.Files;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.ThemeNames;
import org.compendium.store.DocumentStore;
import org.compendium.web.WebServer;
import org.compendium.web.WebServices;
import org.compendium.web.ops.AccessLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code serve} command: the web application and the JSON API over the store, in this process, until stopped
 * (Ctrl+C). The store stays open while it serves, shared with the other Compendium processes on the same data folder
 * ({@link DocumentStore#share}); what they write reaches the search index and the pages within about
 * {@link #FOLLOW_PERIOD} ({@link StoreFollower}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web application and the JSON API (/api, described at /api/openapi.json) over the "
                + "store until stopped with Ctrl+C.",
            "The interface is in the six UN languages (?lang=ar, en, es, fr, ru or zh, remembered in a cookie; Arabic "
                + "right to left)."})
public final class ServeCommand implements Callable<Integer> {
    /** How often the server looks for changes other processes made to the store. */
    static final Duration FOLLOW_PERIOD = Duration.ofSeconds(1);
    /** How often the background lineage job looks for documents pending besides when asked (another process's ingests). */
    static final Duration LINEAGE_PERIOD = Duration.ofSeconds(5);
    private final BiFunction<DocumentStore, ProvisionSearch, WebServices> services;

    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "32",
            description = "At most N requests are worked on at once; more wait in a queue (default: ${DEFAULT-VALUE}, "
                    + "which suits a small server: see the README's load test).")
    int threads;

    @Option(names = "--session-minutes", paramLabel = "MINUTES", defaultValue = "30",
            description = "An editor's session ends after MINUTES idle minutes (default: ${DEFAULT-VALUE}).")
    int sessionMinutes;

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Where the access log goes: one line per request (time, address, method, path without its "
                    + "query, status, ms). Default: access.log in the data folder; '-' for standard error; 'off' for none.")
    String accessLog;

    /**
     * @param services builds what the server reads from, over the opened store and search index (null when there is
     *                 none yet); {@code Main} wires it
     */
    public ServeCommand(BiFunction<DocumentStore, ProvisionSearch, WebServices> services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("compendium serve: --port must be between 0 and 65535, not " + port);
            return ExitCodes.USAGE;
        }
        if (threads < 4 || threads > 1000) {
            err.println("compendium serve: --threads must be between 4 and 1000, not " + threads);
            return ExitCodes.USAGE;
        }
        if (sessionMinutes < 1 || sessionMinutes > 24 * 60) {
            err.println("compendium serve: --session-minutes must be between 1 and 1440, not " + sessionMinutes);
            return ExitCodes.USAGE;
        }
        AccessLog log;
        try {
            log = accessLog();
        } catch (IllegalArgumentException e) {
            err.println("compendium serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        DocumentStore store = root.openStore();
        if (store.heldByAnotherProcess()) {
            store.close();
            err.println("compendium serve: a server already runs on " + root.dataDir() + "; stop it first, or use "
                    + "--data to pick another folder");
            return ExitCodes.STORE;
        }
        root.catchUpIndex("serve", store, err);
        // Without an index the pages still browse; search and similar provisions say how to build it.
        ProvisionSearch search = Files.isDirectory(ProvisionIndex.folder(root.dataDir())) ? root.openSearch() : null;
        if (search != null) {
            search.useThemes(ThemeNames.of(store.themes().themes()));
        } else {
            err.println("compendium serve: no search index yet; search is off until `compendium index rebuild` is run");
        }
        WebServer server;
        WebServices web = services.apply(store, search);
        try {
            server = WebServer.start(web, host, port, new WebServer.Settings(threads, log, sessionMinutes));
        } catch (JavalinBindException e) {
            log.close();
            closeQuietly(search);
            store.close();
            err.println("compendium serve: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another server using it? Pick another with --port");
            return ExitCodes.USAGE;
        }
        // The command line works meanwhile: other processes reach the store through this one, and their changes
        // reach the search index and the pages within about a second.
        store.share();
        StoreFollower follower = search == null ? null
                : StoreFollower.start(store, search, web.changes().indexing(), FOLLOW_PERIOD);
        // Documents stored without their lineage (ingested with --no-lineage, by a stopped run, by another process
        // while this one serves, or uploaded) are linked by a background thread, never on a request's.
        int pending = search == null ? 0 : store.lineage().pending().size();
        var lineageJob = web.links().startLineageJob(LINEAGE_PERIOD);
        if (pending > 0) {
            err.println("compendium serve: lineage of " + Counts.of(pending, "document") + " being found in the "
                    + "background; " + server.uri() + "health shows how far it got");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lineageJob.ifPresent(org.compendium.links.LineageJob::close);
            if (follower != null) {
                follower.close();
            }
            server.close();
            log.close();
            closeQuietly(search);
            store.close();
            stopped.countDown();
        }, "compendium-serve-shutdown"));
        out.println("Compendium is serving " + Counts.of(store.documentCount(), "document") + " at " + server.uri());
        out.println("  pages: " + server.uri() + "  (?lang=ar, en, es, fr, ru or zh)");
        out.println("  API:   " + server.uri() + "api/documents, described at " + server.uri() + "api/openapi.json");
        out.println("  other compendium commands on " + root.dataDir() + " work while it serves (ingest, list, "
                + "export, publish, themes); what they store shows here within seconds");
        out.println("  metrics: " + server.uri() + "metrics; health: " + server.uri() + "health; access log: " + log.where());
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private AccessLog accessLog() {
        if (accessLog == null) {
            return AccessLog.toFile(root.dataDir().resolve("access.log"));
        }
        return switch (accessLog) {
            case "-" -> AccessLog.to(System.err);
            case "off" -> AccessLog.off();
            default -> AccessLog.toFile(java.nio.file.Path.of(accessLog));
        };
    }

    private static void closeQuietly(ProvisionSearch search) {
        if (search != null) {
            search.close();
        }
    }
}
