package org.compendium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.compendium.index.LanguageAnalyzers;
import org.compendium.parse.language.LanguageDetector;
import org.compendium.index.ProvisionEntries;
import org.compendium.index.ProvisionEntry;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.QuerySyntaxException;
import org.compendium.index.SearchHit;
import org.compendium.index.SearchRequest;
import org.compendium.index.ThemeLookup;
import org.compendium.index.ThemeNames;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.DocumentParser;
import org.compendium.themes.IndexImport;

/**
 * The relevance benchmark of the search: the seeds read and parsed, their provisions indexed, and every query of
 * the {@link RelevanceSet} run on our search (the default path a user's query takes: {@link ProvisionSearch#search}
 * with no filter), on a plain Lucene BM25 baseline ({@link Bm25Baseline}) and, with {@code --pg JDBC_URL}, on
 * PostgreSQL full-text search ({@link PostgresFtsBaseline#relevance}); prints nDCG@10, recall@100 and the share of
 * queries with no result for each, in one run. The theme judgments come from the published index of the seed
 * compendium; the index is not given to the engines (provisions are indexed without themes) unless
 * {@code --themes published} (circular: the judge given to the engine) or {@code --themes held-out} (the themes a
 * suggester trained without each provision's meeting predicts) says so ({@link FiledThemes}).
 *
 * <p>{@code --fixtures DIR} (the six-language fixtures, {@code compendium-core/src/test/resources/fixtures}) also runs
 * the multilingual set ({@code relevance-multilingual.tsv}: the same topics asked in English, Spanish and French) and
 * prints the figures per language: ours over one index of every version, BM25 over the query language's versions.
 *
 * <p>{@code --per-query} prints each query's nDCG@10 / recall@100 / number of results per engine; {@code --unjudged}
 * prints, per query, the provisions some engine ranks in its first 5 that carry no judgment (the pool to judge
 * when the set is extended); {@code --explain q14,q47} (or {@code all}) prints the failure analysis of those queries.
 *
 * <pre>java -cp ... org.compendium.bench.RelevanceBenchmark CORPUS_DIR [--pg JDBC_URL] [--fixtures DIR] [--per-query] [--unjudged] [--explain IDS] [--themes none|published|held-out]</pre>
 */
public final class RelevanceBenchmark {
    static final int NDCG_CUTOFF = 10;
    static final int RECALL_CUTOFF = 100;
    /** How deep into each engine's ranking the pool of unjudged provisions goes (--unjudged). */
    static final int POOL_DEPTH = 5;

    private RelevanceBenchmark() {
    }

    /** The measures of one engine over the set, and its ranking of each query. */
    record Figures(String engine, double ndcg, double recall, double emptyShare, Map<String, List<Citation>> rankings) {
    }

    /** The seeds as the benchmark uses them: documents, provisions (without themes) and the published index's links. */
    record Seeds(List<ParsedDocument> documents, List<ProvisionEntry> provisions, Map<String, List<Citation>> themeLinks) {
        Set<Citation> citations() {
            Set<Citation> out = new LinkedHashSet<>();
            provisions.forEach(p -> out.add(p.citation()));
            return out;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: RelevanceBenchmark CORPUS_DIR [--pg JDBC_URL] [--fixtures DIR] [--per-query] [--unjudged]");
            System.exit(2);
        }
        String pg = null;
        Path fixtures = null;
        boolean perQuery = false;
        boolean unjudged = false;
        Set<String> explain = new LinkedHashSet<>();
        FiledThemes.Source themes = FiledThemes.Source.NONE;
        ProvisionSearch.TopK topK = ProvisionSearch.TopK.TIERED;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--pg" -> pg = args[++i];
                case "--fixtures" -> fixtures = Path.of(args[++i]);
                case "--per-query" -> perQuery = true;
                case "--unjudged" -> unjudged = true;
                case "--explain" -> explain.addAll(List.of(args[++i].split(",")));
                case "--themes" -> themes = FiledThemes.Source.parse(args[++i]);
                case "--topk" -> topK = ProvisionSearch.TopK.valueOf(args[++i].toUpperCase(Locale.ROOT).replace('-', '_'));
                default -> {
                    System.err.println("unknown option " + args[i] + "; usage: RelevanceBenchmark CORPUS_DIR [--pg JDBC_URL] [--fixtures DIR] [--per-query] [--unjudged] [--explain IDS] [--themes none|published|held-out] [--topk tiered|one-pass]");
                    System.exit(2);
                }
            }
        }
        Seeds seeds = read(Path.of(args[0]));
        List<RelevanceSet.Judged> set = RelevanceSet.load(seeds.themeLinks(), seeds.citations());
        System.out.printf(Locale.ROOT, "relevance set: %d queries, %d judgments (%d of grade 2); %d provisions in %d documents%n",
                set.size(), set.stream().mapToInt(j -> j.grades().size()).sum(),
                set.stream().mapToLong(j -> j.grades().values().stream().filter(g -> g == 2).count()).sum(),
                seeds.provisions().size(), seeds.documents().size());
        List<Figures> all = new ArrayList<>();
        try (Ranker ours = ours(seeds, FiledThemes.of(themes, seeds.documents()), topK); Ranker bm25 = new Bm25Baseline(seeds.provisions())) {
            all.add(measure(ours, set));
            all.add(measure(bm25, set));
        }
        if (pg != null) {
            try (Ranker postgres = PostgresFtsBaseline.relevance(pg, seeds.provisions())) {
                all.add(measure(postgres, set));
            }
        }
        System.out.printf(Locale.ROOT, "%-48s %8s %10s %7s%n", "engine", "nDCG@10", "recall@100", "empty");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "%-48s %8.4f %10.4f %7.4f%n", f.engine(), f.ndcg(), f.recall(), f.emptyShare());
        }
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "%-48s folds q01-q38 / q39-q77: %.4f / %.4f%n", f.engine(),
                    foldNdcg(f, set, 0), foldNdcg(f, set, 1));
        }
        if (all.size() == 3) {
            System.out.printf(Locale.ROOT, "ours / PostgreSQL nDCG@10: %.2f×%n", all.get(0).ndcg() / all.get(2).ndcg());
        }
        if (perQuery) {
            printPerQuery(set, all);
        }
        if (unjudged) {
            printUnjudged(set, all, seeds);
        }
        if (!explain.isEmpty()) {
            printExplained(set, all, seeds, explain);
        }
        if (fixtures != null) {
            Seeds six = readFixtures(fixtures);
            List<RelevanceSet.Judged> topics = RelevanceSet.load(RelevanceSet.MULTILINGUAL, Map.of(), six.citations());
            System.out.printf(Locale.ROOT, "%nmultilingual set: %d queries over %d provisions in %d documents (the fixtures)%n",
                    topics.size(), six.provisions().size(), six.documents().size());
            System.out.printf(Locale.ROOT, "%-4s %-48s %8s %10s %7s%n", "lang", "engine", "nDCG@10", "recall@100", "empty");
            for (LanguageFigures f : perLanguage(six, topics)) {
                for (Figures e : List.of(f.ours(), f.bm25())) {
                    System.out.printf(Locale.ROOT, "%-4s %-48s %8.4f %10.4f %7.4f%n", f.language().code(), e.engine(),
                            e.ndcg(), e.recall(), e.emptyShare());
                }
                if (perQuery) {
                    printPerQuery(topics.stream().filter(j -> j.language() == f.language()).toList(), List.of(f.ours(), f.bm25()));
                }
            }
        }
    }

    /** One language's figures on the multilingual set: our search over the whole six-language index, and BM25 over that language's provisions. */
    record LanguageFigures(Language language, Figures ours, Figures bm25) {
    }

    /**
     * The multilingual set measured per language: our search over one index of every fixture in every language (the
     * versions of a provision grouped as one hit, the query's language detected as the CLI and web do), and a plain
     * BM25 baseline over the provisions of the query's language with that language's analyzer.
     */
    static List<LanguageFigures> perLanguage(Seeds six, List<RelevanceSet.Judged> topics) throws Exception {
        List<LanguageFigures> out = new ArrayList<>();
        List<Language> languages = topics.stream().map(RelevanceSet.Judged::language).distinct().toList();
        try (Ranker ours = ours(six)) {
            for (Language language : languages) {
                List<RelevanceSet.Judged> asked = topics.stream().filter(j -> j.language() == language).toList();
                List<ProvisionEntry> written = six.provisions().stream()
                        .filter(p -> p.language().equals(language.code())).toList();
                try (Ranker bm25 = new Bm25Baseline(written, LanguageAnalyzers.defaults().analyzer(language),
                        language.code() + " analyzer")) {
                    out.add(new LanguageFigures(language, measure(ours, asked), measure(bm25, asked)));
                }
            }
        }
        return out;
    }

    /**
     * The fixtures the multilingual set was judged over ({@code relevance-multilingual.tsv}'s header): a fixture added
     * since joins the benchmark only once its provisions are judged for every topic, else they would count as
     * irrelevant without anyone having read them.
     */
    static final List<String> JUDGED_FIXTURES = List.of("cop-resolution", "ga-declaration", "treaty", "wg-report");

    /**
     * The six-language fixtures in {@code dir} ({@code <kind>/<lang>.txt}, see the README there) that the multilingual
     * set was judged over ({@link #JUDGED_FIXTURES}), parsed: every document in every language.
     */
    static Seeds readFixtures(Path dir) throws Exception {
        SourceReader reader = new SourceReader();
        DocumentParser parser = new DocumentParser();
        ProvisionEntries entries = new ProvisionEntries(ThemeLookup.NONE);
        List<ParsedDocument> docs = new ArrayList<>();
        List<ProvisionEntry> provisions = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches("[a-z]{2}\\.txt")
                    && JUDGED_FIXTURES.contains(f.getParent().getFileName().toString())).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no fixture <kind>/<lang>.txt under " + dir);
        }
        // Every folder names its files <lang>.txt, and the index tells documents apart by source file name: each is
        // read from a copy named <kind>-<lang>.txt, as the tests ingest them.
        Path copies = Files.createTempDirectory("compendium-fixtures-");
        try {
            for (Path file : files) {
                Path copy = copies.resolve(file.getParent().getFileName() + "-" + file.getFileName());
                Files.copy(file, copy);
                ParsedDocument doc = parser.parse(reader.read(copy));
                docs.add(doc);
                provisions.addAll(entries.of(doc));
                Files.delete(copy);
            }
        } finally {
            Files.deleteIfExists(copies);
        }
        return new Seeds(List.copyOf(docs), List.copyOf(provisions), Map.of());
    }

    /** The pool to judge next: per query, the provisions some engine ranks in its first {@value #POOL_DEPTH} that are not judged. */
    private static void printUnjudged(List<RelevanceSet.Judged> set, List<Figures> all, Seeds seeds) {
        Map<Citation, ProvisionEntry> byCitation = new LinkedHashMap<>();
        seeds.provisions().forEach(p -> byCitation.putIfAbsent(p.citation(), p));
        for (RelevanceSet.Judged j : set) {
            Set<Citation> pool = new LinkedHashSet<>();
            for (Figures f : all) {
                f.rankings().get(j.id()).stream().limit(POOL_DEPTH).filter(c -> !j.grades().containsKey(c)).forEach(pool::add);
            }
            System.out.println(j.id() + "\t" + j.query());
            for (Citation c : pool) {
                String text = byCitation.get(c).text();
                System.out.println("\t" + c + "\t" + (text.length() > 240 ? text.substring(0, 240) + "…" : text));
            }
        }
    }

    /**
     * The failure analysis of the queries named by {@code --explain q14,q41} ({@code all} for every query): the first
     * engine's first 10 with their grades and an opening of their text, then each judged provision with its rank in
     * every engine (— past {@value #RECALL_CUTOFF}).
     */
    private static void printExplained(List<RelevanceSet.Judged> set, List<Figures> all, Seeds seeds, Set<String> ids) {
        Map<Citation, ProvisionEntry> byCitation = new LinkedHashMap<>();
        seeds.provisions().forEach(p -> byCitation.putIfAbsent(p.citation(), p));
        for (RelevanceSet.Judged j : set) {
            if (!ids.contains(j.id()) && !ids.contains("all")) {
                continue;
            }
            List<Citation> first = all.getFirst().rankings().get(j.id());
            System.out.printf(Locale.ROOT, "%n== %s %s  (nDCG@10 %.3f)%n", j.id(), j.query(),
                    RankingMetrics.ndcg(first, j.grades(), NDCG_CUTOFF));
            for (int i = 0; i < Math.min(NDCG_CUTOFF, first.size()); i++) {
                Citation c = first.get(i);
                System.out.printf(Locale.ROOT, "  %2d [%s] %-45s %s%n", i + 1, j.grades().getOrDefault(c, 0), c,
                        opening(byCitation.get(c).text(), 110));
            }
            System.out.println("  judged (grade, rank per engine):");
            j.grades().entrySet().stream().sorted(Map.Entry.<Citation, Integer>comparingByValue().reversed()
                    .thenComparing(e -> rank(first, e.getKey()))).forEach(e -> {
                StringBuilder ranks = new StringBuilder();
                for (Figures f : all) {
                    int r = rank(f.rankings().get(j.id()), e.getKey());
                    ranks.append(String.format(Locale.ROOT, " %4s", r > RECALL_CUTOFF ? "—" : Integer.toString(r)));
                }
                System.out.printf(Locale.ROOT, "    %d%s %-45s %s%n", e.getValue(), ranks, e.getKey(),
                        opening(byCitation.get(e.getKey()).text(), 90));
            });
        }
    }

    private static int rank(List<Citation> ranking, Citation c) {
        int i = ranking.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i + 1;
    }

    private static String opening(String text, int chars) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > chars ? flat.substring(0, chars) + "…" : flat;
    }

    /** The seeds in {@code dir}, parsed, with the links of every compendium's published index. */
    static Seeds read(Path dir) throws Exception {
        SourceReader reader = new SourceReader();
        DocumentParser parser = new DocumentParser();
        ProvisionEntries entries = new ProvisionEntries(ThemeLookup.NONE);
        List<ParsedDocument> docs = new ArrayList<>();
        List<ProvisionEntry> provisions = new ArrayList<>();
        Map<String, List<Citation>> links = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                ParsedDocument doc = parser.parse(reader.read(file));
                docs.add(doc);
                provisions.addAll(entries.of(doc));
                if (doc.metadata().type() == DocumentType.COMPENDIUM) {
                    IndexImport.resolve(doc).links().forEach(
                            l -> links.computeIfAbsent(l.themeId(), k -> new ArrayList<>()).add(l.citation()));
                }
            }
        }
        return new Seeds(List.copyOf(docs), List.copyOf(provisions), links);
    }

    /** Runs every query of the set on {@code engine}. */
    static Figures measure(Ranker engine, List<RelevanceSet.Judged> set) throws Exception {
        double ndcg = 0;
        double recall = 0;
        int empty = 0;
        Map<String, List<Citation>> rankings = new LinkedHashMap<>();
        for (RelevanceSet.Judged j : set) {
            List<Citation> ranking = engine.rank(j.query(), RECALL_CUTOFF);
            rankings.put(j.id(), ranking);
            ndcg += RankingMetrics.ndcg(ranking, j.grades(), NDCG_CUTOFF);
            recall += RankingMetrics.recall(ranking, j.grades(), RECALL_CUTOFF);
            empty += ranking.isEmpty() ? 1 : 0;
        }
        int n = set.size();
        return new Figures(engine.name(), ndcg / n, recall / n, (double) empty / n, rankings);
    }

    /** The first fold's queries (q01–q38) of the French set's two folds of cross-validation; the second holds the rest. */
    static final int FIRST_FOLD = 38;

    /** nDCG@10 of {@code f} over one fold of the set's queries (0: q01–q38, 1: q39–q77). */
    static double foldNdcg(Figures f, List<RelevanceSet.Judged> set, int fold) {
        return set.stream().filter(j -> (Integer.parseInt(j.id().substring(1)) > FIRST_FOLD) == (fold == 1))
                .mapToDouble(j -> RankingMetrics.ndcg(f.rankings().get(j.id()), j.grades(), NDCG_CUTOFF)).average()
                .orElse(0);
    }

    /** Our search over a temporary index of the seeds' provisions, queried as the CLI and web do. */
    static Ranker ours(Seeds seeds) throws IOException {
        return ours(seeds, FiledThemes.NONE);
    }

    /** The same, the provisions filed under {@code themes}, whose labels the search matches. */
    static Ranker ours(Seeds seeds, FiledThemes themes) throws IOException {
        return ours(seeds, themes, ProvisionSearch.TopK.TIERED);
    }

    /** The same, finding the best provisions with {@code topK} ({@code --topk one-pass}: as before the tiers). */
    static Ranker ours(Seeds seeds, FiledThemes themes, ProvisionSearch.TopK topK) throws IOException {
        Path dir = Files.createTempDirectory("compendium-relevance-");
        try (ProvisionIndex index = ProvisionIndex.open(dir, LanguageAnalyzers.defaults(), themes.lookup(), 16)) {
            seeds.documents().forEach(index::replace);
            index.commit();
        }
        ProvisionSearch search = ProvisionSearch.open(dir, LanguageAnalyzers.defaults(), LanguageDetector.standard()::detect);
        search.useThemes(ThemeNames.of(themes.vocabulary()));
        search.rankWith(topK);
        return new Ranker() {
            @Override
            public String name() {
                return "ours (ProvisionSearch, default query path)";
            }

            @Override
            public List<Citation> rank(String query, int n) {
                Set<Citation> out = new LinkedHashSet<>();
                try {
                    for (SearchHit h : search.search(SearchRequest.of(query).withPage(0, n)).hits()) {
                        out.add(h.provision().citation());
                    }
                } catch (QuerySyntaxException e) {
                    // A query refused as a syntax error answers the user with no provision: it counts as empty.
                    System.err.println("refused: " + query);
                }
                return new ArrayList<>(out);
            }

            @Override
            public void close() throws IOException {
                search.close();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        };
    }

    private static void printPerQuery(List<RelevanceSet.Judged> set, List<Figures> all) {
        for (RelevanceSet.Judged j : set) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %-20s %-60s", j.id(), j.style(),
                    j.query().length() > 60 ? j.query().substring(0, 57) + "..." : j.query()));
            for (Figures f : all) {
                List<Citation> r = f.rankings().get(j.id());
                line.append(String.format(Locale.ROOT, " %.3f/%.2f/%d", RankingMetrics.ndcg(r, j.grades(), NDCG_CUTOFF),
                        RankingMetrics.recall(r, j.grades(), RECALL_CUTOFF), r.size()));
            }
            System.out.println(line);
        }
    }
}
