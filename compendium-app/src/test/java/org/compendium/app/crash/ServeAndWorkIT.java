package org.compendium.app.crash;

import org.compendium.bench.VariedCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compendium.app.Main;
import org.compendium.app.cli.PasswordSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compendium serve} runs in a child process while other child processes work on the same data folder:
 * {@code ingest}, {@code list}, {@code export}, {@code themes import}, {@code themes list} and {@code publish} all
 * succeed (before, each exited 3: the store was locked), and the served API and pages show the new document, its
 * search hits, its lineage (found by the server's background job) and the imported themes within a bounded time; and {@code editors password|remove} run there end the
 * editors' open web sessions at once.
 */
class ServeAndWorkIT {
    private static final Pattern SERVING = Pattern.compile("^Compendium is serving .* at (http://\\S+/)$");
    /** How long the server may take to show another process's change (it checks every second). */
    private static final long SHOWN_WITHIN_MS = 15_000;
    /** The seed ingested while the server runs: COP resolution 11/5 (62 provisions). */
    private static final String LATE_SEED = "001_";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theCommandLineWorksWhileTheServerRunsAndTheServerShowsWhatItWrote() throws Exception {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(VariedCorpus.seeds())) {
            seeds = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Path late = seeds.stream().filter(p -> p.getFileName().toString().startsWith(LATE_SEED)).findFirst().orElseThrow();
        String[] early = seeds.stream().filter(p -> !p.equals(late)).map(Path::toString).toArray(String[]::new);
        inProcess(concat(new String[] {"ingest"}, early));

        try (ChildRun server = ChildRun.start(Map.of(), "--data", data.toString(), "serve", "--port", "0")) {
            assertThat(server.awaitOut(lines -> lines.stream().anyMatch(l -> SERVING.matcher(l).matches()), 120_000))
                    .as("server started; stderr %s", server.err()).isTrue();
            URI base = server.out().stream().map(SERVING::matcher).filter(Matcher::matches).findFirst()
                    .map(m -> URI.create(m.group(1))).orElseThrow();
            assertThat(get(base, "api/search?q=protocole+additionnel&pageSize=50")).doesNotContain("\"COP res. 11/5");

            ChildRun ingest = child("ingest", "--no-lineage", late.toString());
            assertThat(ingest.out()).anySatisfy(l -> assertThat(l).startsWith("OK  " + late.getFileName()));
            assertThat(ingest.out()).anySatisfy(l -> assertThat(l).contains("the store holds 5 documents"));

            assertThat(child("list").out()).anySatisfy(l -> assertThat(l).contains(late.getFileName().toString()));
            Path json = data.resolve("export.json");
            child("export", "--format", "json", "--output", json.toString());
            assertThat(Files.readString(json)).contains("\"COP res. 11/5 op. 1\"");

            awaitServed(base, "api/documents", body -> body.contains(late.getFileName().toString()));
            awaitServed(base, "api/search?q=protocole+additionnel&pageSize=50", body -> body.contains("\"COP res. 11/5"));
            awaitServed(base, "works/cop-res-11-5/fr", body -> body.contains("11/5"));
            // Ingested without its lineage while the server runs: the server's background job finds it on its own (no
            // lineage page asked), and /health says nothing is pending any more.
            awaitServed(base, "health", body -> body.contains("\"lineage\":{\"pending\":0,"));
            awaitServed(base, "api/provisions/COP%20res.%2011%2F5%20op.%2021/lineage",
                    body -> body.contains("\"COP res. 6/3 op. 22\""));

            child("themes", "import");
            assertThat(child("themes", "list").out()).hasSizeGreaterThan(10);
            awaitServed(base, "api/themes", body -> body.contains("\"id\""));
            // The import may touch every provision's themes: the server rebuilds its index and is in step again.
            int stored = provisions(child("list").out());
            awaitServed(base, "health", body -> body.contains("\"inStep\":true") && body.contains("\"provisions\":" + stored));

            ChildRun publish = child("publish", "--body", "WG.4", "--format", "md", "--output",
                    data.resolve("wg4.md").toString());
            assertThat(publish.err()).anySatisfy(l -> assertThat(l).contains("recorded as edition"));
            assertThat(Files.readString(data.resolve("wg4.md"))).contains("11/5");
            editorsSessionsEndWhenAnotherProcessChangesTheirPasswordOrRemovesThem(base);
            assertThat(server.err()).as("the server's log").noneMatch(l -> l.contains("ERROR"));
        }
    }

    private void editorsSessionsEndWhenAnotherProcessChangesTheirPasswordOrRemovesThem(URI base) throws Exception {
        child(Map.of(PasswordSource.VARIABLE, "first password"), "editors", "add", "alice");
        child(Map.of(PasswordSource.VARIABLE, "first password"), "editors", "add", "bob");
        HttpClient alice = loggedIn(base, "alice", "first password");
        HttpClient bob = loggedIn(base, "bob", "first password");
        child(Map.of(PasswordSource.VARIABLE, "second password"), "editors", "password", "alice");
        child(Map.of(), "editors", "remove", "bob");
        for (HttpClient ended : List.of(alice, bob)) {
            assertThat(page(ended, base.resolve("themes"))).as("a page with the session opened before").doesNotContain(LOGOUT);
        }
        assertThat(page(loggedIn(base, "alice", "second password"), base.resolve("themes"))).contains(LOGOUT);
    }

    private static final String LOGOUT = "id=\"logout\"";

    /** A client with a new session of {@code editor} on the served site, checked to show the logout button. */
    private HttpClient loggedIn(URI base, String editor, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String form = "username=" + editor + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
                + "&next=/themes";
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("login of %s: %s", editor, login.body()).isEqualTo(303);
        assertThat(page(client, base.resolve("themes"))).as("%s logged in", editor).contains(LOGOUT);
        return client;
    }

    private static String page(HttpClient client, URI uri) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s", uri).isEqualTo(200);
        return r.body();
    }

    /** The total of the PROVISIONS column of {@code list}. */
    private static int provisions(List<String> listing) {
        int total = 0;
        for (String line : listing.subList(1, listing.size())) {
            Matcher m = Pattern.compile("\\s(\\d+)\\s+\\S+\\.txt$").matcher(line);
            if (m.find()) {
                total += Integer.parseInt(m.group(1));
            }
        }
        return total;
    }

    /** Runs {@code compendium --data DATA ARGS...} in a child process; asserts it exits 0. */
    private ChildRun child(String... args) throws IOException, InterruptedException {
        return child(Map.of(), args);
    }

    /** {@link #child(String...)} with {@code env} added to the child's environment. */
    private ChildRun child(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ChildRun run = ChildRun.start(env, concat(new String[] {"--data", data.toString()}, args));
        int code = run.waitFor(180);
        assertThat(code).as("compendium %s while serving: stdout %s stderr %s", String.join(" ", args), run.out(), run.err())
                .isZero();
        return run;
    }

    private void awaitServed(URI base, String path, Predicate<String> shown) throws Exception {
        long end = System.nanoTime() + SHOWN_WITHIN_MS * 1_000_000;
        String body = "";
        while (System.nanoTime() < end) {
            body = get(base, path);
            if (shown.test(body)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("/" + path + " did not show the change within " + SHOWN_WITHIN_MS + " ms: " + body);
    }

    private String get(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET /%s: %s", path, r.body()).isEqualTo(200);
        return r.body();
    }

    private void inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false)
                .execute(concat(new String[] {"--data", data.toString()}, args));
        assertThat(code).as("%s: %s%s", String.join(" ", args), out, err).isZero();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
