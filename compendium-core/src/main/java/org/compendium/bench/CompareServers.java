package org.compendium.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks that two running {@code compendium serve} give the same answers: sends the search benchmark's mix, each
 * query also for its page 2 and in date order, to both over {@code GET /api/search} and counts the answers that differ
 * byte for byte (printing the first few). For a change meant to keep results, e.g. a latency change: serve main's
 * build and the change's on copies of one index (hard links will do), both freshly started.
 *
 * <pre>java -cp ... org.compendium.bench.CompareServers CORPUS_DIR URL_A URL_B</pre>
 */
public final class CompareServers {
    private static final List<String> VARIANTS = List.of("", "&page=2", "&sort=date");

    private CompareServers() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CompareServers CORPUS_DIR URL_A URL_B");
            System.exit(2);
        }
        SyntheticCorpus corpus = SyntheticCorpus.read(Path.of(args[0]));
        List<BenchQuery> mix = BenchQuery.mix(SearchBenchmark.QUERIES, SearchBenchmark.SEED, corpus.words(), corpus.sentences());
        HttpSearchClient a = new HttpSearchClient(args[1]);
        HttpSearchClient b = new HttpSearchClient(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        int compared = 0;
        int differ = 0;
        for (BenchQuery q : mix) {
            for (String variant : VARIANTS) {
                String left = get(http, a.uri(q) + variant);
                String right = get(http, b.uri(q) + variant);
                compared++;
                if (!left.equals(right) && differ++ < 3) {
                    System.out.println("differs: " + a.uri(q) + variant + "\n  A " + head(left) + "\n  B " + head(right));
                }
            }
        }
        System.out.println(compared + " answers compared, " + differ + " differ");
        System.exit(differ == 0 ? 0 : 1);
    }

    private static String get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String head(String body) {
        return body.substring(0, Math.min(800, body.length()));
    }
}
