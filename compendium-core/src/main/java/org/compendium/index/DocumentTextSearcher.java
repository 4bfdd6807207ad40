package org.compendium.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The unstructured documents' texts ({@link DocumentTexts}) kept open for a server's searches: opened at the first
 * search and reused while the store generation stays the same, reopened (only what changed, {@link
 * DirectoryReader#openIfChanged}) at the first search after it changes. Opening an index per request read its
 * segment files again for every search of the web page and the API.
 *
 * <p>The generation to watch is given by the caller; the server gives the store generation its provision index
 * reflects ({@link ProvisionSearch#generation}), which changes once the index commit holding the change is visible —
 * and the texts are committed before the provisions ({@link ProvisionIndex#commit()}). Watching the store's own
 * generation instead would let a search made between a store write and the index commit keep the texts of before
 * until the next change.
 *
 * <p>Thread-safe: a search holds a reference to the reader it reads ({@code incRef}), so a reopen meanwhile closes
 * the old reader only when its last search is done.
 */
public final class DocumentTextSearcher implements Closeable {
    private final Path dir;
    private final LongSupplier generation;
    private Directory directory;
    private DirectoryReader reader;
    /** The generation the current state (reader, or no texts yet) was read at; null before the first search. */
    private Long readAt;
    private long opens;

    /**
     * @param provisionIndexDir the provision index folder, beside which the texts are kept ({@link DocumentTexts#folder})
     * @param generation        the store generation to watch: a change makes the next search reopen the texts
     */
    public DocumentTextSearcher(Path provisionIndexDir, LongSupplier generation) {
        this.dir = DocumentTexts.folder(provisionIndexDir);
        this.generation = generation;
    }

    /**
     * The unstructured documents whose text matches {@code words}, best first, as {@link DocumentTexts#search(Path,
     * String, int)} finds them; none when no unstructured document was ever indexed.
     *
     * @throws IndexException when the texts cannot be read
     */
    public List<DocumentTexts.Hit> search(String words, int limit) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        DirectoryReader current = acquire();
        if (current == null) {
            return List.of();
        }
        try {
            return DocumentTexts.search(new IndexSearcher(current), words, limit);
        } catch (IOException e) {
            throw DocumentTexts.unreadable(dir, e);
        } finally {
            release(current);
        }
    }

    /** How many times the texts were opened or reopened: once, then once per generation change that changed them. */
    public synchronized long opens() {
        return opens;
    }

    /** The reader for a search, referenced for it; null when there are no texts. */
    private synchronized DirectoryReader acquire() {
        long now = generation.getAsLong();
        if (readAt == null || readAt != now) {
            try {
                reopen();
            } catch (IOException e) {
                throw DocumentTexts.unreadable(dir, e);
            }
            readAt = now;
        }
        if (reader != null) {
            reader.incRef();
        }
        return reader;
    }

    private void reopen() throws IOException {
        if (reader != null) {
            DirectoryReader changed = DirectoryReader.openIfChanged(reader);
            if (changed != null) {
                reader.decRef();
                reader = changed;
                opens++;
            }
            return;
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        if (directory == null) {
            directory = FSDirectory.open(dir);
        }
        if (DirectoryReader.indexExists(directory)) {
            reader = DirectoryReader.open(directory);
            opens++;
        }
    }

    private static void release(DirectoryReader r) {
        try {
            r.decRef();
        } catch (IOException e) {
            throw new IndexException("could not close a reader of the unstructured documents' texts: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (reader != null) {
            reader.decRef();
            reader = null;
        }
        if (directory != null) {
            directory.close();
            directory = null;
        }
        readAt = null;
    }
}
