package org.compendium.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Work;

/**
 * The searchable text of unstructured documents — those the parser stored without provisions, their type or
 * structure not recognised — as one Lucene document each, in an index of its own beside the provisions'
 * ({@code <index>-texts}), so that a provision search never meets a hit without a citation. A hit names the document
 * (its work, language and file), never a provision: such a document has none, and none is invented for it.
 *
 * <p>{@link ProvisionIndex} writes it in step with the provisions (replace, remove, clear, commit); {@link #search}
 * reads it once per call (the CLI), {@link DocumentTextSearcher} keeps it open between calls (the server).
 */
public final class DocumentTexts {
    /** The analyzers the texts are indexed with by default, made once: a server searches the texts at every request. */
    private static final LanguageAnalyzers SEARCH_ANALYZERS = LanguageAnalyzers.defaults();
    private static final String WORK = "work";
    private static final String LANGUAGE = "language";
    private static final String SOURCE = "source";
    private static final String TITLE = "title";
    private static final String TEXT = "stored.text";
    /** Characters of a hit's text shown around the first word of the query it holds. */
    private static final int SNIPPET_CHARS = 240;

    /** One unstructured document that a search found: what it is, and a passage of its text. */
    public record Hit(Work work, Language language, String source, String title, String snippet) {
    }

    private DocumentTexts() {
    }

    /** The folder of the unstructured documents' texts beside a provision index folder: {@code <index>-texts}. */
    public static Path folder(Path provisionIndexDir) {
        return provisionIndexDir.resolveSibling(provisionIndexDir.getFileName() + "-texts");
    }

    /** Whether {@code doc} is unstructured, so that its text is indexed here: no provision, some text. */
    static boolean applies(ParsedDocument doc) {
        return doc.unstructured() && !text(doc).isBlank();
    }

    /** The searchable text of a document: every segment but page furniture, in order, one per line. */
    static String text(ParsedDocument doc) {
        return doc.segments().stream().filter(s -> s.kind() != SegmentKind.PAGE_FURNITURE).map(Segment::text)
                .collect(Collectors.joining("\n"));
    }

    /** The Lucene document of an unstructured document, its text in its language's field. */
    static Document toDocument(ParsedDocument doc, LanguageAnalyzers analyzers) {
        Document d = new Document();
        String text = text(doc);
        d.add(new Field(analyzers.textField(doc.metadata().language()), text, TextField.TYPE_NOT_STORED));
        d.add(new StringField(ProvisionDocuments.DOC_SOURCE, doc.source(), Field.Store.NO));
        d.add(new StringField(ProvisionDocuments.DOC_SHA, doc.sha256(), Field.Store.NO));
        d.add(new StoredField(WORK, doc.work().toString()));
        d.add(new StoredField(LANGUAGE, doc.metadata().language().code()));
        d.add(new StoredField(SOURCE, doc.source()));
        d.add(new StoredField(TITLE, doc.metadata().title() == null ? "" : doc.metadata().title()));
        d.add(new StoredField(TEXT, text));
        return d;
    }

    /** The terms that select an earlier copy of a document (same file name or same digest), as the store replaces it. */
    static Term[] copiesOf(String source, String sha256) {
        return new Term[] {ProvisionDocuments.bySource(source), ProvisionDocuments.bySha(sha256)};
    }

    /**
     * The unstructured documents whose text matches {@code words} (all of them, each in its language's analysis;
     * {@code "a phrase"}, {@code -word} and {@code word*} as in the provision search), best first.
     *
     * @param provisionIndexDir the provision index folder, beside which the texts are kept
     * @return at most {@code limit} hits; none when nothing unstructured was ever indexed
     * @throws IndexException when the index cannot be read
     */
    public static List<Hit> search(Path provisionIndexDir, String words, int limit) {
        Path dir = folder(provisionIndexDir);
        if (words == null || words.isBlank() || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return List.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return search(new IndexSearcher(reader), words, limit);
            }
        } catch (IOException e) {
            throw unreadable(dir, e);
        }
    }

    /** The hits of {@code words} in the texts {@code searcher} reads ({@link #search(Path, String, int)}). */
    static List<Hit> search(IndexSearcher searcher, String words, int limit) throws IOException {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        LanguageAnalyzers analyzers = SEARCH_ANALYZERS;
        java.util.Map<String, Float> fields = new java.util.LinkedHashMap<>();
        analyzers.textFields().forEach(f -> fields.put(f, 1f));
        SimpleQueryParser parser = new SimpleQueryParser(analyzers.perField(), fields);
        parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
        Query query = parser.parse(words);
        TopDocs top = searcher.search(query, Math.max(1, limit));
        List<Hit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            hits.add(new Hit(Work.parse(d.get(WORK)), Language.fromCodeOrUndetermined(d.get(LANGUAGE)),
                    d.get(SOURCE), d.get(TITLE), snippet(d.get(TEXT), words)));
        }
        return List.copyOf(hits);
    }

    static IndexException unreadable(Path dir, IOException e) {
        return new IndexException("could not search the unstructured documents' texts at " + dir + ": " + e.getMessage()
                + "; run `compendium index rebuild`", e);
    }

    /** A passage of {@code text} around the first word of {@code words} it holds (its opening when it holds none). */
    static String snippet(String text, String words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String w : words.toLowerCase(Locale.ROOT).split("[\\s\"*+|()-]+")) {
            int i = w.isEmpty() ? -1 : lower.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int start = Math.max(0, at < 0 ? 0 : at - SNIPPET_CHARS / 3);
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        return (start > 0 ? "…" : "") + text.substring(start, end).replace('\n', ' ').strip() + (end < text.length() ? "…" : "");
    }
}
