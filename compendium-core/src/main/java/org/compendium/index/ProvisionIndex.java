package org.compendium.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.compendium.model.ParsedDocument;

/**
 * The writer of the search index: adds, replaces and clears provisions, and beside them the texts of unstructured
 * documents ({@link DocumentTexts}), which have none. Changes become visible to searches at
 * {@link #commit} (a rebuild is thus atomic: searchers see the old index until the new one is committed).
 *
 * <p>One writer per index folder at a time (Lucene's write lock); another process gets an {@link IndexException}.
 */
public final class ProvisionIndex implements AutoCloseable {
    /** The key of the commit user data naming the store generation the commit reflects. */
    static final String STORE_GENERATION = "compendium.store.generation";
    /** The key of the commit user data naming the layout (fields and analyzers) the index was written with. */
    static final String LAYOUT_KEY = "compendium.index.layout";
    /**
     * The layout this code writes and reads. Bump it whenever a field, an analyzer or a group key changes: an index
     * of another layout then reads as vouching for no store generation, so the next open rebuilds it instead of
     * searching fields it does not have. Layout 2: one text field per UN language, the version group key, the verb
     * strength and the participants. Layout 3 (two branches at once): the agenda items, or the unstructured documents'
     * texts beside it ({@link DocumentTexts}). Layout 4: both. Layout 5: the root fields ({@link RootAnalyzer}). Layout 6: the pair fields ({@link WordPairs}).
     * Layout 7: French text stemmed by Snowball ({@link FrenchSearchAnalyzer}), its roots by the light stemmer.
     * Layout 8: the provision's numbered unit ({@link ProvisionDocuments#UNIT}), which the kind prior reads.
     * Layout 9: French inclusive writing read as the word ({@link FrenchInclusiveWriting}), the enumerations of the
     * instruments' titles not read as words ({@link TitleEnumerations}).
     */
    public static final String LAYOUT = "9";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final ProvisionDocuments documents;
    private final ProvisionEntries entries;
    /** The unstructured documents' texts ({@link DocumentTexts}), written in step with the provisions. */
    private final Directory textDirectory;
    private final IndexWriter texts;
    private final LanguageAnalyzers analyzers;

    private ProvisionIndex(Path dir, Directory directory, IndexWriter writer, ProvisionDocuments documents,
            ProvisionEntries entries, Directory textDirectory, IndexWriter texts, LanguageAnalyzers analyzers) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.documents = documents;
        this.entries = entries;
        this.textDirectory = textDirectory;
        this.texts = texts;
        this.analyzers = analyzers;
    }

    /** The index folder of a data folder: {@code <data>/index}. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("index");
    }

    /**
     * Opens (creating when missing) the index in {@code dir} for writing.
     *
     * @param ramBufferMb the indexing buffer: larger is faster for bulk loads (the benchmark), 16 is plenty otherwise
     * @throws IndexException when the folder is locked by another writer or cannot be used
     */
    public static ProvisionIndex open(Path dir, LanguageAnalyzers analyzers, ThemeLookup themes, double ramBufferMb) {
        Directory directory = null;
        IndexWriter writer = null;
        Directory textDirectory = null;
        try {
            directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb);
            writer = new IndexWriter(directory, config);
            textDirectory = FSDirectory.open(DocumentTexts.folder(dir));
            IndexWriter texts = new IndexWriter(textDirectory, new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            return new ProvisionIndex(dir, directory, writer, new ProvisionDocuments(analyzers), new ProvisionEntries(themes),
                    textDirectory, texts, analyzers);
        } catch (LockObtainFailedException e) {
            Closing.quietly(writer, e);
            Closing.quietly(textDirectory, e);
            Closing.quietly(directory, e);
            throw new IndexException("the search index at " + dir + " is being written by another process; "
                    + "wait for it to finish and try again", e);
        } catch (IOException e) {
            Closing.quietly(writer, e);
            Closing.quietly(textDirectory, e);
            Closing.quietly(directory, e);
            throw new IndexException("cannot open the search index at " + dir + ": " + e.getMessage()
                    + "; delete the folder and run `compendium index rebuild`", e);
        }
    }

    /** Opens the index of the default analyzers and no themes, with a 16 MB buffer. */
    public static ProvisionIndex open(Path dir) {
        return open(dir, LanguageAnalyzers.defaults(), ThemeLookup.NONE, 16);
    }

    /**
     * Indexes a document's provisions, replacing those of any earlier copy (same source file name or same digest, as
     * the store does).
     *
     * @return how many provisions were indexed
     */
    public int replace(ParsedDocument doc) {
        try {
            writer.deleteDocuments(ProvisionDocuments.bySource(doc.source()), ProvisionDocuments.bySha(doc.sha256()));
            // An unstructured document has no provision to index: its text goes to the texts beside them.
            texts.deleteDocuments(DocumentTexts.copiesOf(doc.source(), doc.sha256()));
            if (DocumentTexts.applies(doc)) {
                texts.addDocument(DocumentTexts.toDocument(doc, analyzers));
            }
        } catch (IOException e) {
            throw failure("update", e);
        }
        List<ProvisionEntry> list = entries.of(doc);
        list.forEach(this::add);
        return list.size();
    }

    /** Adds one provision (no replacement: for bulk loads into a cleared index). */
    public void add(ProvisionEntry entry) {
        try {
            writer.addDocument(documents.toDocument(entry));
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    /** Removes every provision (visible at the next commit). */
    public void clear() {
        try {
            writer.deleteAll();
            texts.deleteAll();
        } catch (IOException e) {
            throw failure("clear", e);
        }
    }

    /**
     * Makes every change so far durable and visible to searches opened or refreshed afterwards. The commit keeps the
     * store generation last recorded ({@link #commit(long)}): changes made since are then redone by a catch-up.
     */
    public void commit() {
        try {
            texts.commit();
            writer.commit();
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    /**
     * Commits (as {@link #commit()}) and records in the commit that the index now reflects generation
     * {@code storeGeneration} of the store, which {@link #generation} reads back after a restart.
     */
    public void commit(long storeGeneration) {
        writer.setLiveCommitData(Map.of(STORE_GENERATION, Long.toString(storeGeneration), LAYOUT_KEY, LAYOUT).entrySet());
        commit();
    }

    /**
     * The store generation the last commit reflects (at least: it may hold later changes too); empty for a new
     * index, one written before generations were recorded, or one of another {@link #LAYOUT}, for which only a
     * rebuild can vouch.
     */
    public OptionalLong generation() {
        Map<String, String> commit = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> commit.put(e.getKey(), e.getValue()));
        }
        return generationOf(commit);
    }

    /**
     * The store generation a commit's user data vouches for: empty without one, or when the commit was written with
     * another {@link #LAYOUT} (by an earlier version, with other fields: only a rebuild can vouch for it).
     */
    static OptionalLong generationOf(Map<String, String> commitData) {
        String generation = commitData.get(STORE_GENERATION);
        if (generation == null || !LAYOUT.equals(commitData.get(LAYOUT_KEY))) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(generation));
        } catch (NumberFormatException bad) {
            return OptionalLong.empty();
        }
    }

    /** Removes the provisions of the document with this source file name or digest (visible at the next commit). */
    public void remove(String source, String sha256) {
        try {
            writer.deleteDocuments(ProvisionDocuments.bySource(source), ProvisionDocuments.bySha(sha256));
            texts.deleteDocuments(DocumentTexts.copiesOf(source, sha256));
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    /** How many unstructured documents' texts the index holds beside its provisions, counting uncommitted changes. */
    public int unstructuredTexts() {
        return texts.getDocStats().numDocs;
    }

    /** Merges the index down to one segment: faster searches after a bulk load, at the cost of a rewrite. */
    public void optimize() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw failure("merge", e);
        }
    }

    /** How many provisions the index holds, counting uncommitted changes. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Closes the writer, discarding uncommitted changes. */
    @Override
    public void close() {
        try {
            texts.rollback();
            textDirectory.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw failure("close", e);
        }
    }

    private IndexException failure(String what, IOException e) {
        return new IndexException("could not " + what + " the search index at " + dir + ": " + e.getMessage()
                + "; run `compendium index rebuild`", e);
    }
}
