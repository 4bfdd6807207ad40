package org.compendium.index;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
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
import org.apache.lucene.store.FSDirectory;
import org.compendium.model.Citation;

/**
 * The search service over the provisions index: queries with filters, facets, sorting, paging and structured
 * snippets; provisions like a given one; provisions by citation. Thread-safe: any number of threads may search at
 * once; {@link #refresh} picks up what a {@link ProvisionIndex} committed since.
 */
public final class ProvisionSearch implements AutoCloseable {
    /** How many values each facet lists at most. */
    public static final int FACET_VALUES = 20;

    private final Path dir;
    private final Directory directory;
    private final SearcherManager searchers;
    private final LanguageAnalyzers analyzers;
    private final ProvisionDocuments documents;
    private final QueryReader queries;

    private ProvisionSearch(Path dir, Directory directory, SearcherManager searchers, LanguageAnalyzers analyzers) {
        this.dir = dir;
        this.directory = directory;
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.documents = new ProvisionDocuments(analyzers);
        this.queries = new QueryReader(analyzers);
    }

    /**
     * Opens the index in {@code dir} for searching.
     *
     * @throws IndexException when there is no index there (with the command that builds it) or it cannot be read
     */
    public static ProvisionSearch open(Path dir, LanguageAnalyzers analyzers) {
        if (!Files.isDirectory(dir)) {
            throw new IndexException("no search index at " + dir + "; build it with `compendium index rebuild`", null);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            SearcherManager manager = new SearcherManager(directory, new FacetSearcherFactory());
            return new ProvisionSearch(dir, directory, manager, analyzers);
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
     * Runs a search.
     *
     * @throws QuerySyntaxException when the query or a filter field cannot be read; its message says how to fix it
     */
    public SearchResult search(SearchRequest request) throws QuerySyntaxException {
        List<QueryReader.Attempt> attempts = queries.read(request.query(), request.filters());
        FacetSearcher searcher = acquire();
        try {
            QueryReader.Attempt attempt = null;
            FacetsCollectorManager.FacetsResult result = null;
            for (QueryReader.Attempt a : attempts) {
                attempt = a;
                result = collect(searcher, request, a.query());
                if (result.topDocs().totalHits.value() >= a.enough()) {
                    break;
                }
            }
            Query shown = attempt.shown();
            TopDocs top = result.topDocs();
            List<ScoreDoc> page = new ArrayList<>();
            for (int i = request.offset(); i < Math.min(top.scoreDocs.length, request.offset() + request.limit()); i++) {
                page.add(top.scoreDocs[i]);
            }
            List<SearchHit> hits = hits(searcher, shown, page);
            List<Facet> facets = facets(searcher.state, result);
            return new SearchResult(request, result.facetsCollector().getMatchingDocs().stream()
                    .mapToLong(m -> m.totalHits()).sum(), hits, facets);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            release(searcher);
        }
    }

    private static FacetsCollectorManager.FacetsResult collect(IndexSearcher searcher, SearchRequest request, Query query)
            throws IOException, QuerySyntaxException {
        int wanted = Math.max(1, request.offset() + request.limit());
        try {
            return request.sort() == SortOrder.DATE
                    ? FacetsCollectorManager.search(searcher, query, wanted, byDate(), true, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(request.query(), "the query '" + request.query() + "' expands to too many "
                    + "terms (a prefix such as a* matches thousands of words): make its prefixes longer", e);
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
        TopDocs top = searcher.search(query, n * 3 + 10);
        List<SearchHit> out = new ArrayList<>();
        Set<Citation> seen = new HashSet<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            ProvisionEntry e = entry(stored, sd.doc);
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
                String value = reader.getIndexCommit().getUserData().get(ProvisionIndex.STORE_GENERATION);
                if (value != null) {
                    return OptionalLong.of(Long.parseLong(value));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
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
        TopDocs top = searcher.search(new TermQuery(ProvisionDocuments.byCitation(citation)), 100);
        StoredFields stored = searcher.storedFields();
        List<ProvisionEntry> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(entry(stored, sd.doc));
        }
        return out;
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, List<ScoreDoc> page) throws IOException {
        int[] ids = page.stream().mapToInt(sd -> sd.doc).toArray();
        Snippet[] snippets = ids.length == 0 ? new Snippet[0]
                : new StructuredHighlighter(searcher, analyzers).snippets(analyzers.textFields(), query, ids);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            ProvisionEntry e = entry(stored, ids[i]);
            out.add(new SearchHit(e, page.get(i).score, snippets[i] == null ? Snippet.plain(e.text()) : snippets[i]));
        }
        return out;
    }

    private ProvisionEntry entry(StoredFields stored, int docId) throws IOException {
        Document doc = stored.document(docId, new LinkedHashSet<>(documents.storedFields()));
        return documents.fromDocument(doc);
    }

    private static List<Facet> facets(SortedSetDocValuesReaderState state, FacetsCollectorManager.FacetsResult result)
            throws IOException {
        List<Facet> out = new ArrayList<>();
        SortedSetDocValuesFacetCounts counts = state == null ? null
                : new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (String field : SearchFields.FACETS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r = counts == null || state.getOrdRange(field) == null ? null
                    : counts.getTopChildren(FACET_VALUES, field);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            values.sort(java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            out.add(new Facet(field, values));
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

        FacetSearcher(IndexReader reader) throws IOException {
            super(reader);
            SortedSetDocValuesReaderState s;
            try {
                s = new DefaultSortedSetDocValuesReaderState(reader, ProvisionDocuments.facetsConfig());
            } catch (IllegalArgumentException e) {
                // An empty index has no facet field yet: no facets rather than an error.
                s = null;
            }
            this.state = s;
        }
    }

    /** Makes the searcher manager hand out {@link FacetSearcher}s. */
    private static final class FacetSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetSearcher(reader);
        }
    }
}
