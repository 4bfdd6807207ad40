package org.compendium.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.compendium.index.FrenchSearchAnalyzer;
import org.compendium.index.ProvisionEntry;
import org.compendium.model.Citation;

/**
 * The plain-BM25 baseline of the relevance benchmark: the same provisions in an in-memory Lucene index of one text
 * field analyzed by one language's analyzer ({@link FrenchSearchAnalyzer} for the French seeds), and a query made of
 * its analyzed words OR-ed, ranked by Lucene's default BM25 — what the engine gives with no query understanding at
 * all.
 */
final class Bm25Baseline implements Ranker {
    private static final String TEXT = "text";
    private static final String CITATION = "citation";

    private final Analyzer analyzer;
    private final String name;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** The baseline over French provisions, with {@link FrenchSearchAnalyzer}. */
    Bm25Baseline(List<ProvisionEntry> provisions) throws IOException {
        this(provisions, new FrenchSearchAnalyzer(), "French analyzer");
    }

    /** The baseline over {@code provisions}, analyzed by {@code analyzer} (one language's), named by {@code analyzerName}. */
    Bm25Baseline(List<ProvisionEntry> provisions, Analyzer analyzer, String analyzerName) throws IOException {
        this.analyzer = analyzer;
        this.name = "Lucene BM25, " + analyzerName + ", words OR-ed";
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ProvisionEntry e : provisions) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, e.text(), Field.Store.NO));
                doc.add(new StoredField(CITATION, e.citation().toString()));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Citation> rank(String query, int n) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words(query)) {
            any.add(new TermQuery(new Term(TEXT, word)), BooleanClause.Occur.SHOULD);
        }
        Set<Citation> out = new LinkedHashSet<>();
        for (ScoreDoc sd : searcher.search(any.build(), n).scoreDocs) {
            out.add(Citation.parse(searcher.storedFields().document(sd.doc).get(CITATION)));
        }
        return new ArrayList<>(out);
    }

    private Set<String> words(String query) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, query)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
