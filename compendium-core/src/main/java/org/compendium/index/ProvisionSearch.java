package org.compendium.index;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.parse.grammar.VerbStrength;

/**
 * The search service over the provisions index: queries with filters, facets, sorting, paging and structured
 * snippets; provisions like a given one; provisions by citation. Thread-safe: any number of threads may search at
 * once; {@link #refresh} picks up what a {@link ProvisionIndex} committed since.
 */
public final class ProvisionSearch implements AutoCloseable {
    /** How many values each facet lists at most. */
    public static final int FACET_VALUES = 20;
    /** How many States the participant facet lists at most: every State party and observer, not the 20 most frequent. */
    public static final int PARTICIPANT_VALUES = 250;
    /**
     * The most documents a search looks at to count its matches exactly (Lucene's cost of the query: the documents of
     * its words). Past it, the total and the facets are estimated from a sample of the provisions ({@link MatchSet}),
     * so that a query of common words costs a few milliseconds at a million provisions instead of a walk over all of
     * them; results say so ({@link SearchResult#estimated}). The ranking is exact whatever the count.
     */
    public static final int EXACT_COST = 10_000;
    /** How many matching documents of one provision (its versions and copies) the grouping reads to find the reader's. */
    private static final int VERSIONS_READ = 12;
    /** The most documents one citation is read from (six versions, each possibly reproduced in a few compendiums). */
    private static final int MAX_COPIES = 100;

    private final Path dir;
    private final Directory directory;
    private final SearcherManager searchers;
    private final LanguageAnalyzers analyzers;
    private final ProvisionDocuments documents;
    private final QueryReader queries;
    private final Function<String, Language> detector;
    /** The most documents a search looks at to count its matches exactly; past it, it counts a sample ({@link MatchSet}). */
    private final int exactCost;
    /** The provisions decoded so far, per segment (the same candidates are read again and again). */
    private final DecodedEntries decoded = new DecodedEntries();
    /** The labels of the themes the index files provisions under, matched by a words query ({@link #useThemes}). */
    private volatile ThemeNames themes = ThemeNames.NONE;
    /** How the best documents by relevance are found ({@link #rankWith}). */
    private volatile TopK topK = TopK.TIERED;

    /** How a search ordered by relevance finds its best documents; both give the same pages. */
    public enum TopK {
        /**
         * Tier by tier ({@link TieredTopDocs}), the default: the provisions holding the whole query as a phrase first,
         * then those holding the words the policy asks for, then the others only as far as the page needs them.
         */
        TIERED,
        /** In one pass over every match of the whole query, as before the tiers: for comparison (benchmarks, tests). */
        ONE_PASS
    }

    private ProvisionSearch(Path dir, Directory directory, SearcherManager searchers, LanguageAnalyzers analyzers,
            Function<String, Language> detector, int exactCost) {
        this.dir = dir;
        this.directory = directory;
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.documents = new ProvisionDocuments(analyzers);
        this.queries = new QueryReader(analyzers);
        this.detector = detector;
        this.exactCost = exactCost;
    }

    /**
     * Opens the index in {@code dir} for searching, with no detection of a query's language: a query whose request
     * names no language is read in every language's field.
     *
     * @throws IndexException when there is no index there (with the command that builds it) or it cannot be read
     */
    public static ProvisionSearch open(Path dir, LanguageAnalyzers analyzers) {
        return open(dir, analyzers, text -> Language.UNDETERMINED);
    }

    /**
     * Opens the index in {@code dir} for searching.
     *
     * @param detector tells the language of a query whose request names none ({@link Language#UNDETERMINED} when it
     *                 cannot tell: the query is then read in every language's field); the parser's language detector,
     *                 passed in by the shell because this package does not read documents
     * @throws IndexException when there is no index there (with the command that builds it) or it cannot be read
     */
    public static ProvisionSearch open(Path dir, LanguageAnalyzers analyzers, Function<String, Language> detector) {
        return open(dir, analyzers, detector, EXACT_COST);
    }

    /** As {@link #open(Path, LanguageAnalyzers, Function)}, counting exactly up to {@code exactCost} documents (tests). */
    static ProvisionSearch open(Path dir, LanguageAnalyzers analyzers, Function<String, Language> detector, int exactCost) {
        if (!Files.isDirectory(dir)) {
            throw new IndexException("no search index at " + dir + "; build it with `compendium index rebuild`", null);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            SearcherManager manager = new SearcherManager(directory, new FacetSearcher.Factory(analyzers));
            return new ProvisionSearch(dir, directory, manager, analyzers, detector, exactCost);
        } catch (IndexNotFoundException e) {
            Closing.quietly(directory, e);
            throw new IndexException("no search index at " + dir + "; build it with `compendium index rebuild`", e);
        } catch (IOException e) {
            Closing.quietly(directory, e);
            throw new IndexException("cannot read the search index at " + dir + ": " + e.getMessage()
                    + "; rebuild it with `compendium index rebuild`", e);
        }
    }

    /**
     * The themes whose labels a words query matches from now on ({@link ThemeNames}): the vocabulary of the store
     * whose themes the index's {@code theme} field holds; {@link ThemeNames#NONE} (the default) for none.
     */
    public void useThemes(ThemeNames vocabulary) {
        this.themes = java.util.Objects.requireNonNull(vocabulary);
    }

    /** Makes searches from now on find their best documents by relevance with {@code how} ({@link TopK#TIERED} by default). */
    public void rankWith(TopK how) {
        this.topK = java.util.Objects.requireNonNull(how);
    }

    /** Opens the index with the default analyzers. */
    public static ProvisionSearch open(Path dir) {
        return open(dir, LanguageAnalyzers.defaults());
    }

    /**
     * Runs a search. A provision is one hit however many of its language versions (and copies in other documents)
     * match: the hits are grouped by citation, ranked by their best-matching version, and each shows the version in
     * the request's reader language when there is one — so a query in one language finds a provision whose version in
     * that language matches, and shows it in the reader's. The total counts provisions (groups), and so do the facet
     * counts (a provision matched in three languages counts once under its body, once under each language); a
     * dimension the request filters on is counted sideways, without its own filter (the values one may switch to).
     *
     * @throws QuerySyntaxException when the query or a filter field cannot be read; its message says how to fix it
     */
    public SearchResult search(SearchRequest request) throws QuerySyntaxException {
        FacetSearcher searcher = acquire();
        try {
            List<QueryReader.Attempt> attempts = queries.read(request.query(), request.filters(),
                    languageFields(request, searcher.textFields), searcher.textFields, searcher.pairFields,
                    request.sort() == SortOrder.RELEVANCE, themes);
            int answered = 0;
            QueryReader.Attempt attempt = null;
            MatchSet matches = null;
            for (QueryReader.Attempt a : attempts) {
                attempt = a;
                matches = matches(searcher, request, a.query());
                if (matches.count() >= a.enough()) {
                    break;
                }
                answered++;
            }
            answered = Math.min(answered, attempts.size() - 1);
            List<ScoreDoc[]> page = page(searcher, request, attempt);
            List<SearchHit> hits = hits(searcher, attempt.shown(), page, request.reader());
            List<String> sideways = SearchFields.FACETS.stream().filter(request.filters()::containsKey).toList();
            // The total and the facets the request does not filter on, from one pass over the matches.
            ProvisionFacetCounts.Counts counted = counts(searcher, matches,
                    SearchFields.FACETS.stream().filter(d -> !sideways.contains(d)).toList());
            boolean[] estimated = {counted.estimated()};
            List<Facet> facets = facets(searcher, request, counted, sideways, answered, estimated);
            return new SearchResult(request, counted.provisions(), hits, facets, estimated[0]);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            release(searcher);
        }
    }

    /** The text field of the request's language (named, else detected) when the index holds it; else none. */
    private List<String> languageFields(SearchRequest request, List<String> present) {
        Language language = request.language() != Language.UNDETERMINED ? request.language()
                : request.query().isBlank() ? Language.UNDETERMINED : detector.apply(request.query());
        if (language == Language.UNDETERMINED) {
            return List.of();
        }
        String field = analyzers.textField(language);
        return present.contains(field) && !field.equals(LanguageAnalyzers.FALLBACK_FIELD) ? List.of(field) : List.of();
    }

    /**
     * The page of the request: one entry per provision (its matching documents, best first), in the request's order,
     * a provision ranked by its best document. The documents come from a top-k pass (without an exact count, so
     * Lucene skips the blocks that cannot reach the top); a provision whose versions both rank is one hit, so when
     * the top documents hold fewer provisions than the page needs, a deeper pass is made.
     */
    private List<ScoreDoc[]> page(FacetSearcher searcher, SearchRequest request, QueryReader.Attempt attempt)
            throws IOException, QuerySyntaxException {
        if (request.limit() == 0) {
            return List.of();
        }
        int wanted = request.offset() + request.limit();
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        int depth = Math.min(maxDoc, searcher.groups.onePerDocument() ? wanted : 2 * wanted);
        while (true) {
            ScoreDoc[] top = top(searcher, request, attempt, depth);
            Map<Integer, List<ScoreDoc>> byProvision = new LinkedHashMap<>();
            for (ScoreDoc sd : top) {
                int group = searcher.groups.group(sd.doc);
                // A document without a provision key is its own hit.
                List<ScoreDoc> docs = byProvision.computeIfAbsent(group < 0 ? -1 - sd.doc : group, g -> new ArrayList<>(2));
                if (docs.size() < VERSIONS_READ) {
                    docs.add(sd);
                }
            }
            if (byProvision.size() >= wanted || top.length < depth || depth == maxDoc) {
                return byProvision.values().stream().skip(request.offset()).limit(request.limit())
                        .map(docs -> docs.toArray(ScoreDoc[]::new)).toList();
            }
            depth = (int) Math.min(maxDoc, 4L * depth);
        }
    }

    /**
     * The first {@code n} matching documents in the request's order (by relevance, with the {@link KindPrior}); a
     * reading in tiers finds them tier by tier ({@link TieredTopDocs}: the same documents as one pass).
     */
    private ScoreDoc[] top(FacetSearcher searcher, SearchRequest request, QueryReader.Attempt attempt, int n)
            throws IOException, QuerySyntaxException {
        Query query = attempt.query();
        try {
            if (request.sort() == SortOrder.DATE) {
                return searcher.search(query, n, byDate(), true).scoreDocs;
            }
            // Counting no more hits than asked lets block-max WAND skip what cannot reach the top; the kind prior
            // reorders the best of them.
            int depth = KindPrior.depth(n);
            java.util.Optional<TieredQuery> tiers = attempt.tiers().filter(t -> topK == TopK.TIERED && t.hasTiers());
            ScoreDoc[] first = tiers.isPresent() ? TieredTopDocs.top(searcher, tiers.get(), depth)
                    : searcher.search(query, new TopScoreDocCollectorManager(depth, null, depth)).scoreDocs;
            ScoreDoc[] ranked = KindPrior.rescore(searcher.preferred, first);
            return ranked.length <= n ? ranked : java.util.Arrays.copyOf(ranked, n);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(request, e);
        }
    }

    private static QuerySyntaxException tooManyTerms(SearchRequest request, IndexSearcher.TooManyClauses e) {
        return new QuerySyntaxException(request.query(), QueryReader.tooManyTerms(request.query()), e);
    }

    /**
     * Every document {@code query} matches, without scores, or those of a sample of provisions when its cost exceeds
     * {@link #exactCost}: what the total and the facets count.
     */
    private MatchSet matches(FacetSearcher searcher, SearchRequest request, Query query)
            throws IOException, QuerySyntaxException {
        try {
            return MatchSet.of(searcher, query, searcher.groups, exactCost);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(request, e);
        }
    }

    /**
     * The {@code n} provisions whose text is most like that of the provision cited, best first; the provision itself
     * and its copies (the same citation in another document, e.g. a recommendation reproduced in a compendium) are
     * left out, and each citation appears once.
     *
     * <p>Tuning (see the README): terms of the provision that occur at least once ({@code minTermFreq 1}) in at least
     * one other provision ({@code minDocFreq 1}), the 40 best by tf-idf, each boosted by its idf weight, so that
     * reproduced wording ("the COP took the working group's words") ranks first.
     *
     * @return the similar provisions, empty when no provision has that citation
     */
    public List<SearchHit> moreLikeThis(Citation citation, int n) {
        FacetSearcher searcher = acquire();
        try {
            List<ProvisionEntry> selves = get(searcher, citation);
            if (selves.isEmpty()) {
                return List.of();
            }
            ProvisionEntry self = selves.getFirst();
            String field = analyzers.textField(self.language());
            Query like = likeText(searcher, field, self.text());
            Query query = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(ProvisionDocuments.byCitation(citation)), BooleanClause.Occur.MUST_NOT)
                    .build();
            return onePerCitation(searcher, query, n);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            release(searcher);
        }
    }

    /**
     * A memo of {@link #moreLikeThis} for many provisions in a row (the lineage step of an ingest): provisions with one
     * text in one language — the copies of a seed, a recommendation in its report and in a compendium — share one
     * query, whose answer each then reads without its own citation. The answers are exactly {@link #moreLikeThis}'s:
     * the query without the exclusion is asked for as many more documents as the excluded citation has, so that its
     * first documents once that citation's are set aside are the excluded query's (the exclusion changes no score, and
     * equal scores keep document order either way). Not thread-safe; good for one pass over one state of the index
     * (a refresh meanwhile makes it answer from the documents the index had when the text was first asked about).
     */
    public final class SimilarTexts {
        /** The most texts remembered; past it the least recently asked is dropped and asked again when needed. */
        private static final int TEXTS = 10_000;
        private final Map<List<String>, Ranked> byText = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<String>, Ranked> eldest) {
                return size() > TEXTS;
            }
        };

        /** The documents one query found, best first, their citations' keys, and whether they are all it matches. */
        private record Ranked(List<SearchHit> docs, List<String> keys, boolean all) {
            int without(String key) {
                return (int) keys.stream().filter(key::equals).count();
            }
        }

        /** {@link ProvisionSearch#moreLikeThis(Citation, int)}, its query shared with the provisions of the same text. */
        public List<SearchHit> moreLikeThis(Citation citation, int n) {
            List<ProvisionEntry> selves = get(citation);
            return selves.isEmpty() ? List.of() : like(selves.getFirst(), n);
        }

        private List<SearchHit> like(ProvisionEntry self, int n) {
            int wanted = documentsRead(n);
            String field = analyzers.textField(self.language());
            String own = groupKey(self.citation());
            List<String> key = List.of(field, self.text());
            Ranked ranked = byText.get(key);
            if (ranked == null || (!ranked.all() && ranked.docs().size() - ranked.without(own) < wanted)) {
                ranked = rank(field, self, wanted);
                byText.put(key, ranked);
            }
            List<SearchHit> out = new ArrayList<>();
            Set<Citation> seen = new HashSet<>();
            int read = 0;
            for (int i = 0; i < ranked.docs().size(); i++) {
                SearchHit h = ranked.docs().get(i);
                if (own.equals(ranked.keys().get(i))) {
                    continue;
                }
                if (read++ == wanted) {
                    break;
                }
                if (seen.add(h.provision().citation())) {
                    out.add(h);
                    if (out.size() == n) {
                        break;
                    }
                }
            }
            return out;
        }

        private Ranked rank(String field, ProvisionEntry self, int wanted) {
            FacetSearcher searcher = acquire();
            try {
                int copies = searcher.count(new TermQuery(ProvisionDocuments.byCitation(self.citation())));
                int asked = wanted + copies;
                TopDocs top = searcher.search(likeText(searcher, field, self.text()), asked);
                StoredFields stored = searcher.storedFields();
                List<SearchHit> docs = new ArrayList<>(top.scoreDocs.length);
                List<String> keys = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    ProvisionEntry e = entry(searcher, stored, sd.doc);
                    docs.add(new SearchHit(e, sd.score, Snippet.plain(e.text())));
                    keys.add(groupKey(e.citation()));
                }
                return new Ranked(List.copyOf(docs), List.copyOf(keys), top.scoreDocs.length < asked);
            } catch (IOException e) {
                throw failure(e);
            } finally {
                release(searcher);
            }
        }
    }

    /** A memo of more-like-this for one pass over many provisions ({@link SimilarTexts}). */
    public SimilarTexts similarTexts() {
        return new SimilarTexts();
    }

    /** What the index keys a citation's documents by (its citation term and group key): two equal keys are one provision. */
    private static String groupKey(Citation citation) {
        return org.compendium.model.TextFolding.keyword(citation.toString());
    }

    /** How many documents a more-like-this reads to find {@code n} citations (copies of one collapse into one hit). */
    private static int documentsRead(int n) {
        return n * 3 + 10;
    }

    /**
     * The {@code n} provisions whose text is most like {@code text} (a draft that is not in the index), best first, one
     * hit per citation; tuned like {@link #moreLikeThis(Citation, int)}. The text is read by every language's analyzer
     * and matched against that language's provisions, so a draft finds provisions in whatever language it is written.
     *
     * @return the similar provisions, empty when no term of the text occurs in the index
     */
    public List<SearchHit> moreLikeText(String text, int n) {
        FacetSearcher searcher = acquire();
        try {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String field : analyzers.textFields()) {
                any.add(likeText(searcher, field, text), BooleanClause.Occur.SHOULD);
            }
            return onePerCitation(searcher, any.build(), n);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            release(searcher);
        }
    }

    private Query likeText(IndexSearcher searcher, String field, String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzers.perField());
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(40);
        mlt.setBoost(true);
        mlt.setMinWordLen(2);
        return mlt.like(field, new StringReader(text));
    }

    private List<SearchHit> onePerCitation(IndexSearcher searcher, Query query, int n) throws IOException {
        // Ask for more than n: copies of one citation in several documents collapse into one hit.
        TopDocs top = searcher.search(query, documentsRead(n));
        List<SearchHit> out = new ArrayList<>();
        Set<Citation> seen = new HashSet<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            ProvisionEntry e = entry(searcher, stored, sd.doc);
            if (seen.add(e.citation())) {
                out.add(new SearchHit(e, sd.score, Snippet.plain(e.text())));
                if (out.size() == n) {
                    break;
                }
            }
        }
        return out;
    }

    /** Every indexed provision with this citation (one per document holding it), in indexing order (equal scores keep document-id order). */
    public List<ProvisionEntry> get(Citation citation) {
        FacetSearcher searcher = acquire();
        try {
            return get(searcher, citation);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            release(searcher);
        }
    }

    /** How many provisions the index holds (as of the last refresh). */
    public int size() {
        FacetSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * The store generation the index commit that searches now see reflects ({@link ProvisionIndex#generation}); empty
     * when that commit names none.
     */
    public OptionalLong generation() {
        FacetSearcher searcher = acquire();
        try {
            return searcher.generation;
        } finally {
            release(searcher);
        }
    }

    /** Makes searches see what has been committed to the index since it was opened or last refreshed. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private List<ProvisionEntry> get(IndexSearcher searcher, Citation citation) throws IOException {
        TopDocs top = searcher.search(new TermQuery(ProvisionDocuments.byCitation(citation)), MAX_COPIES);
        StoredFields stored = searcher.storedFields();
        List<ProvisionEntry> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(entry(searcher, stored, sd.doc));
        }
        return out;
    }

    /**
     * One hit per group: the version in the reader's language (among the group's matching documents, else among all
     * the provision's documents), else the best-matching one; its snippet for the query (unmarked when the version
     * shown is not one that matched).
     */
    private List<SearchHit> hits(FacetSearcher searcher, Query query, List<ScoreDoc[]> groups, Language reader)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<ProvisionEntry> shown = new ArrayList<>();
        List<List<Language>> versions = new ArrayList<>();
        int[] ids = new int[groups.size()];
        float[] scores = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ScoreDoc[] docs = groups.get(i);
            int chosen = docs[0].doc;
            // The languages from doc values: reading a stored field decompresses the document's whole block.
            for (ScoreDoc sd : docs) {
                if (reader != Language.UNDETERMINED && language(searcher, sd.doc) == reader) {
                    chosen = sd.doc;
                    break;
                }
            }
            List<Integer> all = documentsOf(searcher, chosen);
            List<Language> languages = new ArrayList<>(all.size());
            for (int doc : all) {
                languages.add(language(searcher, doc));
            }
            if (reader != Language.UNDETERMINED && language(searcher, chosen) != reader && languages.contains(reader)) {
                chosen = all.get(languages.indexOf(reader));
            }
            ids[i] = chosen;
            scores[i] = docs[0].score;
            shown.add(entry(searcher, stored, chosen));
            versions.add(Language.OFFICIAL.stream().filter(languages::contains).toList());
        }
        Snippet[] snippets = ids.length == 0 ? new Snippet[0]
                // Only the text fields the index holds: an absent language's field has nothing to highlight.
                : new StructuredHighlighter(searcher, analyzers, byDocument(ids, shown)).snippets(searcher.textFields, query, ids);
        List<SearchHit> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            ProvisionEntry e = shown.get(i);
            out.add(new SearchHit(e, scores[i], snippets[i] == null ? Snippet.plain(e.text()) : snippets[i], versions.get(i)));
        }
        return out;
    }

    /** The provisions shown, by the document each is shown from. */
    private static Map<Integer, ProvisionEntry> byDocument(int[] ids, List<ProvisionEntry> shown) {
        Map<Integer, ProvisionEntry> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            out.put(ids[i], shown.get(i));
        }
        return out;
    }

    /** The live documents of every version and copy of {@code doc}'s provision, in document order. */
    private static List<Integer> documentsOf(FacetSearcher searcher, int doc) {
        Bits live = MultiBits.getLiveDocs(searcher.getIndexReader());
        List<Integer> out = new ArrayList<>(2);
        int d = doc;
        do {
            if (live == null || live.get(d)) {
                out.add(d);
            }
            d = searcher.groups.next(d);
        } while (d != doc);
        out.sort(null);
        return out;
    }

    /** The language of document {@code doc}, from its {@code language} facet value. */
    private static Language language(FacetSearcher searcher, int doc) throws IOException {
        return searcher.provisionCounts.value(doc, SearchFields.LANGUAGE).map(Language::fromCodeOrUndetermined)
                .orElse(Language.UNDETERMINED);
    }

    private ProvisionEntry entry(IndexSearcher searcher, StoredFields stored, int docId) throws IOException {
        return decoded.get(searcher.getIndexReader(), docId,
                doc -> documents.fromDocument(stored.document(doc, new LinkedHashSet<>(documents.storedFields()))));
    }

    /**
     * The facets of a search, each counted sideways: the counts of a dimension the request filters on
     * ({@code sideways}) are those of the query with the request's other filters but not that one (the same reading
     * of the query, number {@code answered}), so the facet lists the values one may switch to, with what each would
     * give; the other dimensions ({@code counted}) count the matches. Counts are of provisions, as {@code total} is
     * ({@link ProvisionFacetCounts}); {@code estimated[0]} is set when a sideways count was estimated.
     */
    private List<Facet> facets(FacetSearcher searcher, SearchRequest request, ProvisionFacetCounts.Counts counted,
            List<String> sideways, int answered, boolean[] estimated) throws IOException, QuerySyntaxException {
        Map<String, List<FacetCount>> counts = new HashMap<>(counted.facets());
        for (String dim : sideways) {
            Map<String, List<String>> others = new LinkedHashMap<>(request.filters());
            others.remove(dim);
            Query without = queries.read(request.query(), others, languageFields(request, searcher.textFields),
                    searcher.textFields, searcher.pairFields, request.sort() == SortOrder.RELEVANCE, themes).get(answered).query();
            ProvisionFacetCounts.Counts side = counts(searcher, matches(searcher, request, without), List.of(dim));
            estimated[0] |= side.estimated();
            counts.putAll(side.facets());
        }
        List<Facet> out = new ArrayList<>();
        for (String field : SearchFields.FACETS) {
            List<FacetCount> values = new ArrayList<>(counts.getOrDefault(field, List.of()));
            if (field.equals(SearchFields.STRENGTH)) {
                // An ordered scale: strongest first, whatever the counts.
                values.sort(java.util.Comparator.comparingInt(v -> VerbStrength.fromCode(v.value()).map(Enum::ordinal).orElse(99)));
            } else {
                values.sort(java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            }
            out.add(new Facet(field, values));
        }
        return out;
    }

    /** How many values a facet lists at most. */
    private static int limit(String dim) {
        return dim.equals(SearchFields.PARTICIPANT) ? PARTICIPANT_VALUES : FACET_VALUES;
    }

    /** The provisions among {@code matches} and the counts of {@code dims} among them, in provisions. */
    private static ProvisionFacetCounts.Counts counts(FacetSearcher searcher, MatchSet matches, List<String> dims)
            throws IOException {
        return searcher.provisionCounts.count(matches, searcher.state == null ? List.of() : dims, ProvisionSearch::limit);
    }

    private static Sort byDate() {
        SortField date = new SortField(ProvisionDocuments.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private FacetSearcher acquire() {
        try {
            return (FacetSearcher) searchers.acquire();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private IndexException failure(IOException e) {
        return new IndexException("could not read the search index at " + dir + ": " + e.getMessage()
                + "; rebuild it with `compendium index rebuild`", e);
    }
}
