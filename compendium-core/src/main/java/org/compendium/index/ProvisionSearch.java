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
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
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
    /** How many matching documents of one provision (its versions and copies) the grouping reads to find the reader's. */
    private static final int VERSIONS_READ = 12;
    /** The most documents one citation is read from (six versions, each possibly reproduced in a few compendiums). */
    private static final int MAX_COPIES = 100;
    /** The memory the grouping's second pass may use to replay the first pass's matches instead of searching again. */
    private static final double GROUPING_CACHE_MB = 16;

    private final Path dir;
    private final Directory directory;
    private final SearcherManager searchers;
    private final LanguageAnalyzers analyzers;
    private final ProvisionDocuments documents;
    private final QueryReader queries;
    private final Function<String, Language> detector;
    /** The provisions decoded so far, per segment (the same candidates are read again and again). */
    private final DecodedEntries decoded = new DecodedEntries();

    private ProvisionSearch(Path dir, Directory directory, SearcherManager searchers, LanguageAnalyzers analyzers,
            Function<String, Language> detector) {
        this.dir = dir;
        this.directory = directory;
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.documents = new ProvisionDocuments(analyzers);
        this.queries = new QueryReader(analyzers);
        this.detector = detector;
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
        if (!Files.isDirectory(dir)) {
            throw new IndexException("no search index at " + dir + "; build it with `compendium index rebuild`", null);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            SearcherManager manager = new SearcherManager(directory, new FacetSearcherFactory(analyzers));
            return new ProvisionSearch(dir, directory, manager, analyzers, detector);
        } catch (IndexNotFoundException e) {
            Closing.quietly(directory, e);
            throw new IndexException("no search index at " + dir + "; build it with `compendium index rebuild`", e);
        } catch (IOException e) {
            Closing.quietly(directory, e);
            throw new IndexException("cannot read the search index at " + dir + ": " + e.getMessage()
                    + "; rebuild it with `compendium index rebuild`", e);
        }
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
                    languageFields(request, searcher.textFields), searcher.textFields, request.sort() == SortOrder.RELEVANCE);
            int answered = 0;
            QueryReader.Attempt attempt = null;
            FacetsCollectorManager.FacetsResult result = null;
            for (QueryReader.Attempt a : attempts) {
                attempt = a;
                result = collect(searcher, request, a.query(), searcher.oneDocumentPerGroup);
                if (result.topDocs().totalHits.value() >= a.enough()) {
                    break;
                }
                answered++;
            }
            answered = Math.min(answered, attempts.size() - 1);
            List<ScoreDoc[]> page = new ArrayList<>();
            long total;
            if (searcher.oneDocumentPerGroup) {
                // No two documents share a citation (a one-language index): each match is its own hit, and the page
                // comes from the same pass as the facets.
                ScoreDoc[] top = result.topDocs().scoreDocs;
                for (int i = request.offset(); i < Math.min(top.length, request.offset() + request.limit()); i++) {
                    page.add(new ScoreDoc[] {top[i]});
                }
                total = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
            } else {
                if (request.limit() > 0) {
                    TopGroups<BytesRef> groups = group(searcher, request, attempt.query());
                    for (GroupDocs<BytesRef> g : groups == null || groups.groups == null ? emptyGroups() : groups.groups) {
                        page.add(g.scoreDocs());
                    }
                }
                // The provisions among the matches, counted from the facets' pass (a bit per citation) rather than by
                // the grouping's set of every group key, which cost seconds per query at a million provisions.
                total = ProvisionFacetCounts.provisions(result.facetsCollector(), searcher.groups);
            }
            List<SearchHit> hits = hits(searcher, attempt.shown(), page, request.reader());
            List<Facet> facets = facets(searcher, request, result.facetsCollector(), answered);
            return new SearchResult(request, total, hits, facets);
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

    /** The page of groups (one per citation) of the request; none past the last group. */
    private static TopGroups<BytesRef> group(IndexSearcher searcher, SearchRequest request, Query query)
            throws IOException, QuerySyntaxException {
        GroupingSearch grouping = new GroupingSearch(ProvisionDocuments.GROUP)
                // The first pass's matches and scores are kept for the second, which then does not run the query again.
                .setCachingInMB(GROUPING_CACHE_MB, true)
                .setGroupDocsLimit(VERSIONS_READ)
                .setIgnoreDocsWithoutGroupField(true);
        if (request.sort() == SortOrder.DATE) {
            grouping.setGroupSort(byDate()).setSortWithinGroup(byDate());
        }
        try {
            return grouping.search(searcher, query, request.offset(), request.limit());
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms(request, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static GroupDocs<BytesRef>[] emptyGroups() {
        return (GroupDocs<BytesRef>[]) new GroupDocs<?>[0];
    }

    private static QuerySyntaxException tooManyTerms(SearchRequest request, IndexSearcher.TooManyClauses e) {
        return new QuerySyntaxException(request.query(), "the query '" + request.query() + "' expands to too many "
                + "terms (a prefix such as a* matches thousands of words): make its prefixes longer", e);
    }

    /**
     * The pass that counts the matches and their facets; with {@code page}, it also ranks the page (when every match
     * is its own hit), else the grouping does.
     */
    private static FacetsCollectorManager.FacetsResult collect(IndexSearcher searcher, SearchRequest request, Query query,
            boolean page) throws IOException, QuerySyntaxException {
        int wanted = page ? Math.max(1, request.offset() + request.limit()) : 1;
        try {
            return page && request.sort() == SortOrder.DATE
                    ? FacetsCollectorManager.search(searcher, query, wanted, byDate(), true, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
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
            if (searcher.getIndexReader() instanceof DirectoryReader reader) {
                return ProvisionIndex.generationOf(reader.getIndexCommit().getUserData());
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
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
            for (ScoreDoc sd : docs) {
                if (reader != Language.UNDETERMINED && entry(searcher, stored, sd.doc).language().equals(reader.code())) {
                    chosen = sd.doc;
                    break;
                }
            }
            ProvisionEntry best = entry(searcher, stored, chosen);
            // With one document per citation, the document found is the provision's only version.
            List<Integer> all = searcher.oneDocumentPerGroup ? List.of(chosen) : byCitation(searcher, best.citation());
            ProvisionEntry show = best;
            if (reader != Language.UNDETERMINED && !best.language().equals(reader.code())) {
                for (int doc : all) {
                    ProvisionEntry e = entry(searcher, stored, doc);
                    if (e.language().equals(reader.code())) {
                        show = e;
                        chosen = doc;
                        break;
                    }
                }
            }
            ids[i] = chosen;
            scores[i] = docs[0].score;
            shown.add(show);
            versions.add(languages(stored, all));
        }
        Snippet[] snippets = ids.length == 0 ? new Snippet[0]
                // Only the text fields the index holds: an absent language's field has nothing to highlight.
                : new StructuredHighlighter(searcher, analyzers).snippets(searcher.textFields, query, ids);
        List<SearchHit> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            ProvisionEntry e = shown.get(i);
            out.add(new SearchHit(e, scores[i], snippets[i] == null ? Snippet.plain(e.text()) : snippets[i], versions.get(i)));
        }
        return out;
    }

    /** The documents of every version and copy of the provision with this citation. */
    private static List<Integer> byCitation(IndexSearcher searcher, Citation citation) throws IOException {
        TopDocs top = searcher.search(new TermQuery(ProvisionDocuments.byCitation(citation)), MAX_COPIES);
        List<Integer> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }

    /** The languages of these documents, in the UN's order. */
    private List<Language> languages(StoredFields stored, List<Integer> docs) throws IOException {
        Set<Language> found = java.util.EnumSet.noneOf(Language.class);
        for (int doc : docs) {
            found.add(Language.fromCodeOrUndetermined(stored.document(doc, Set.of(ProvisionDocuments.STORED_LANGUAGE))
                    .get(ProvisionDocuments.STORED_LANGUAGE)));
        }
        return Language.OFFICIAL.stream().filter(found::contains).toList();
    }

    private ProvisionEntry entry(IndexSearcher searcher, StoredFields stored, int docId) throws IOException {
        return decoded.get(searcher.getIndexReader(), docId,
                doc -> documents.fromDocument(stored.document(doc, new LinkedHashSet<>(documents.storedFields()))));
    }

    /**
     * The facets of a search, each counted sideways: the counts of a dimension the request filters on are those of
     * the query with the request's other filters but not that one (the same reading of the query, number
     * {@code answered}), so the facet lists the values one may switch to, with what each would give; the other
     * dimensions count the matches. Counts are of provisions, as {@code total} is ({@link ProvisionFacetCounts}).
     */
    private List<Facet> facets(FacetSearcher searcher, SearchRequest request, FacetsCollector matches, int answered)
            throws IOException, QuerySyntaxException {
        List<String> sideways = SearchFields.FACETS.stream().filter(request.filters()::containsKey).toList();
        Map<String, List<FacetCount>> counts = new HashMap<>(counts(searcher, matches,
                SearchFields.FACETS.stream().filter(d -> !sideways.contains(d)).toList()));
        for (String dim : sideways) {
            Map<String, List<String>> others = new LinkedHashMap<>(request.filters());
            others.remove(dim);
            Query without = queries.read(request.query(), others, languageFields(request, searcher.textFields),
                    searcher.textFields, request.sort() == SortOrder.RELEVANCE).get(answered).query();
            counts.putAll(counts(searcher, collect(searcher, request, without, false).facetsCollector(), List.of(dim)));
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

    /**
     * The counts of {@code dims} among {@code matches}, in provisions: Lucene's counts of documents where each
     * document is its own provision, else {@link ProvisionFacetCounts}.
     */
    private static Map<String, List<FacetCount>> counts(FacetSearcher searcher, FacetsCollector matches, List<String> dims)
            throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (searcher.state == null || dims.isEmpty()) {
            return out;
        }
        if (!searcher.oneDocumentPerGroup) {
            return searcher.provisionCounts.count(matches, dims, ProvisionSearch::limit);
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.state, matches);
        for (String dim : dims) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r = searcher.state.getOrdRange(dim) == null ? null : counts.getTopChildren(limit(dim), dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            out.put(dim, values);
        }
        return out;
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

    /** A searcher with the facet state of its reader, built once per reader rather than once per search. */
    private static final class FacetSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState state;
        /** The text fields this reader holds, in the registry's order: a query reads only those. */
        final List<String> textFields;
        /**
         * Whether no two documents share a citation (every document, deleted ones included, has its own group key):
         * then grouping is the identity and is skipped — as on a one-language index such as the seeds'.
         */
        final boolean oneDocumentPerGroup;
        /** The map of the group key's ordinals in each leaf to the reader's; null for one leaf. */
        final OrdinalMap groups;
        /** The facet counts in provisions, for a reader whose versions share citations; null without facets. */
        final ProvisionFacetCounts provisionCounts;

        FacetSearcher(IndexReader reader, LanguageAnalyzers analyzers) throws IOException {
            super(reader);
            // The global count of group keys (an ordinal map across segments, built once per reader).
            SortedDocValues keys = MultiDocValues.getSortedValues(reader, ProvisionDocuments.GROUP);
            this.oneDocumentPerGroup = keys == null || keys.getValueCount() == reader.maxDoc();
            this.groups = ProvisionFacetCounts.groupOrdinals(keys);
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            this.textFields = analyzers.textFields().stream().filter(f -> infos.fieldInfo(f) != null).toList();
            SortedSetDocValuesReaderState s;
            try {
                s = new DefaultSortedSetDocValuesReaderState(reader, ProvisionDocuments.facetsConfig());
            } catch (IllegalArgumentException e) {
                // An empty index has no facet field yet: no facets rather than an error.
                s = null;
            }
            this.state = s;
            this.provisionCounts = s == null ? null : new ProvisionFacetCounts(s, this.groups);
        }
    }

    /** Makes the searcher manager hand out {@link FacetSearcher}s. */
    private static final class FacetSearcherFactory extends SearcherFactory {
        private final LanguageAnalyzers analyzers;

        FacetSearcherFactory(LanguageAnalyzers analyzers) {
            this.analyzers = analyzers;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetSearcher(reader, analyzers);
        }
    }
}
