package org.compendium.app.crash;

import org.compendium.bench.VariedCorpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.app.Main;
import org.compendium.app.cli.Services;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.model.Body;
import org.compendium.model.Provision;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentFilter;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.compendium.store.TestStores;
import org.junit.jupiter.api.Test;

/**
 * {@code compendium serve} killed with SIGKILL during a burst of editors' decisions over the JSON API, three times
 * (fixed seed): every decision the server answered 200 is in the store afterwards, with its verdict; on each store.
 */
class DecisionCrashIT extends BothStores {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int ROUNDS = 3;
    private static final int CLIENTS = 3;
    private static final Pattern SERVING = Pattern.compile("^Compendium is serving .* at (http://\\S+/)$");

    @Test
    void everyDecisionAnsweredBeforeTheKillSurvivesIt() throws Exception {
        run("ingest", VariedCorpus.seeds().toString());
        run("themes", "import");
        run("editors", "add", "alice");
        List<String[]> pairs = new ArrayList<>(); // citation, theme: each decided once
        try (DocumentStore store = open()) {
            List<String> themes = store.themes().themes().stream().filter(t -> t.scope() == Body.WG_SOM)
                    .map(Theme::id).toList();
            List<Provision> provisions = store.loadAll(DocumentFilter.ALL).stream()
                    .filter(d -> d.source().startsWith("003_")).findFirst().orElseThrow().provisions();
            for (int i = 0; i < provisions.size(); i++) {
                pairs.add(new String[] {provisions.get(i).citation().toString(), themes.get(i % themes.size())});
            }
        }
        Random random = new Random(15L);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = acknowledged.size() + 3 + random.nextInt(6);
            try (ChildRun server = ChildRun.start(Map.of(), "--data", dir.toString(),
                    "--store", TestStores.storeArgument(location), "serve", "--port", "0")) {
                assertThat(server.awaitOut(lines -> lines.stream().anyMatch(l -> SERVING.matcher(l).matches()), 120_000))
                        .as("server started; stderr %s", server.err()).isTrue();
                URI base = server.out().stream().map(SERVING::matcher).filter(Matcher::matches).findFirst()
                        .map(m -> URI.create(m.group(1))).orElseThrow();
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (int c = 0; c < CLIENTS; c++) {
                    clients.submit(() -> burst(http, base, pairs, next, acknowledged));
                }
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (acknowledged.size() < killAfter && System.nanoTime() < end) {
                    Thread.sleep(2);
                }
                server.kill(); // right after an answer: with H2's default write delay it was not on disk yet
                clients.shutdownNow();
                clients.awaitTermination(30, TimeUnit.SECONDS);
                assertThat(acknowledged.size()).as("decisions answered in round %d", round).isGreaterThanOrEqualTo(killAfter);
            }
            try (DocumentStore store = open()) {
                Set<String> stored = ConcurrentHashMap.newKeySet();
                for (ThemeDecision d : store.themes().decisions()) {
                    assertThat(d.verdict()).isEqualTo(ThemeVerdict.ADDED);
                    stored.add(d.citation() + "|" + d.themeId());
                }
                assertThat(stored).as("after the kill of round %d", round).containsAll(acknowledged);
            }
        }
    }

    /** Sends the next undecided pairs one after another until interrupted; records each answered 200. */
    private static void burst(HttpClient http, URI base, List<String[]> pairs, AtomicInteger next, Set<String> acknowledged) {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("alice:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        while (!Thread.currentThread().isInterrupted()) {
            int i = next.getAndIncrement();
            if (i >= pairs.size()) {
                return;
            }
            String[] pair = pairs.get(i);
            HttpRequest request = HttpRequest.newBuilder(base.resolve("api/provisions/"
                            + URLEncoder.encode(pair[0], StandardCharsets.UTF_8).replace("+", "%20") + "/themes"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"action\": \"add\", \"theme\": \"" + pair[1] + "\"}"))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    acknowledged.add(pair[0] + "|" + pair[1]);
                } else {
                    throw new AssertionError("decision " + pair[0] + " " + pair[1] + ": " + response.statusCode() + " " + response.body());
                }
            } catch (java.io.IOException e) {
                return; // the server is gone: the request was not answered
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = dir.toString();
        all[2] = "--store";
        all[3] = TestStores.storeArgument(location);
        System.arraycopy(args, 0, all, 4, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = new Services(DocumentStore::open, new SourceReader(), new DocumentParser(), false,
                PASSWORD::toCharArray);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), services).execute(all);
        assertThat(code).as("%s: %s%s", String.join(" ", args), out, err).isZero();
    }
}
