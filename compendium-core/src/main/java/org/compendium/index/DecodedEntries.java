package org.compendium.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * The provisions decoded from the index's stored fields, kept per segment while the segment lives, so that a
 * provision read again — the same candidates come back for every provision of a document looking for its lineage,
 * and for every document of a large ingest — is not decompressed and parsed again (that decoding was two thirds of
 * the lineage step's time).
 *
 * <p>Keyed by the segment's core (its immutable postings and stored fields, shared by every reader the searcher manager
 * opens after a refresh), so a refresh keeps what the segments that survive had decoded; a segment's entries go when
 * the segment is closed (merged away). A document deleted from a live segment may stay decoded, but no search
 * returns it. Bounded: past {@link #MAX_ENTRIES} entries everything is dropped and decoded again as asked (a large
 * index costs what it cost before, never more memory than the bound).
 */
final class DecodedEntries {
    /** The most entries kept (about a hundred megabytes at the seeds' length of provision). */
    static final int MAX_ENTRIES = 100_000;

    /** Reads one entry of the top-level reader (by its global document id) from the stored fields. */
    @FunctionalInterface
    interface Decoder {
        ProvisionEntry decode(int docId) throws IOException;
    }

    private final Map<Object, Map<Integer, ProvisionEntry>> byCore = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /** The entry of document {@code docId} of {@code reader}, decoded once per segment. */
    ProvisionEntry get(IndexReader reader, int docId, Decoder decoder) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return decoder.decode(docId); // a reader without a core key (none of ours): nothing to key the cache by
        }
        Map<Integer, ProvisionEntry> entries = byCore.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byCore::remove);
            return new ConcurrentHashMap<>();
        });
        int local = docId - leaf.docBase;
        ProvisionEntry cached = entries.get(local);
        if (cached != null) {
            return cached;
        }
        ProvisionEntry decoded = decoder.decode(docId);
        if (size.incrementAndGet() > MAX_ENTRIES) {
            byCore.values().forEach(Map::clear);
            size.set(1);
        }
        entries.put(local, decoded);
        return decoded;
    }
}
