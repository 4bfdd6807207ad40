package org.compendium.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * The provisions of a reader's documents: which provision (citation, {@link ProvisionDocuments#GROUP}) each
 * document holds and which documents hold each provision — its language versions and its copies in other
 * documents. Built once per reader (a pass over the group key's doc values), so that a search groups its matches
 * and counts them in provisions by array look-ups instead of reading doc values and sets of keys per match. Where
 * no two documents share a citation (a one-language index) it holds nothing: every document is its own provision.
 *
 * <p>It also holds the samples of provisions a search's counts are estimated from when its query matches too many
 * documents to count ({@link #sample}): one provision in 8, 64 or 512, chosen by a hash of the provision, each with
 * all its documents — so that within a sample a provision's matches are all seen and counted once.
 *
 * <p>The documents of a provision form a cycle ({@link #next}: each document to the provision's next one, in document
 * order, the last back to the first), so that a pass over matches in document order reads both arrays in order.
 * Memory: two ints per document (16 MiB for a million provisions in two languages), only where versions share
 * citations.
 */
final class ProvisionGroups {
    /** The sampling rates of {@link #sample}, finest first: one provision in 8, in 64, in 512. */
    static final int[] SAMPLE_RATES = {8, 64, 512};

    /** The provision of each document (global document id), {@code -1} when it has none; null: one per document. */
    private final int[] groupOf;
    /** The provision's next document after each document (wrapping round); the document itself when it is alone. */
    private final int[] next;
    /** Per sampling rate, per leaf: the documents of the sampled provisions (leaf document ids). */
    private final FixedBitSet[][] samples;

    private ProvisionGroups(IndexReader reader, int[] groupOf, int[] next) {
        this.groupOf = groupOf;
        this.next = next;
        List<LeafReaderContext> leaves = reader.leaves();
        this.samples = new FixedBitSet[SAMPLE_RATES.length][leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            int maxDoc = leaf.reader().maxDoc();
            for (int r = 0; r < SAMPLE_RATES.length; r++) {
                samples[r][leaf.ord] = new FixedBitSet(Math.max(1, maxDoc));
            }
            for (int doc = 0; doc < maxDoc; doc++) {
                int id = leaf.docBase + doc;
                int group = groupOf == null || groupOf[id] < 0 ? -1 - id : groupOf[id];
                // Fibonacci hashing: the provisions of a sample spread over the whole index, not one run of citations.
                int hash = (group * 0x9E3779B9) >>> 7;
                for (int r = 0; r < SAMPLE_RATES.length && hash % SAMPLE_RATES[r] == 0; r++) {
                    samples[r][leaf.ord].set(doc);
                }
            }
        }
    }

    /** The provisions of {@code reader}'s documents (deleted ones included: a search's matches never hold them). */
    static ProvisionGroups of(IndexReader reader) throws IOException {
        SortedDocValues keys = MultiDocValues.getSortedValues(reader, ProvisionDocuments.GROUP);
        // Every document, deleted ones included, with its own key: grouping is the identity.
        if (keys == null || keys.getValueCount() == reader.maxDoc()) {
            return new ProvisionGroups(reader, null, null);
        }
        OrdinalMap global = keys instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
        int groups = (int) keys.getValueCount();
        int[] groupOf = new int[reader.maxDoc()];
        int[] next = new int[reader.maxDoc()];
        Arrays.fill(groupOf, -1);
        for (int doc = 0; doc < next.length; doc++) {
            next[doc] = doc;
        }
        int[] first = new int[groups];
        int[] last = new int[groups];
        Arrays.fill(last, -1);
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), ProvisionDocuments.GROUP);
            LongValues toGlobal = global == null ? LongValues.IDENTITY : global.getGlobalOrds(leaf.ord);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int id = leaf.docBase + doc;
                int group = (int) toGlobal.get(values.ordValue());
                groupOf[id] = group;
                if (last[group] < 0) {
                    first[group] = id;
                } else {
                    next[last[group]] = id;
                }
                last[group] = id;
            }
        }
        for (int g = 0; g < groups; g++) {
            if (last[g] >= 0) {
                next[last[g]] = first[g];
            }
        }
        return new ProvisionGroups(reader, groupOf, next);
    }

    /** Whether every document is its own provision (no two share a citation). */
    boolean onePerDocument() {
        return groupOf == null;
    }

    /** The provision of document {@code doc} (a global id), {@code -1} when every document is its own or it has none. */
    int group(int doc) {
        return groupOf == null ? -1 : groupOf[doc];
    }

    /**
     * The next document (a global id) of {@code doc}'s provision, in document order and wrapping round: {@code doc}
     * itself when it is the provision's only document; following {@code next} from a document visits them all.
     */
    int next(int doc) {
        return next == null ? doc : next[doc];
    }

    /**
     * The documents (of leaf {@code leaf}, leaf ids) of the provisions sampled at rate {@code SAMPLE_RATES[rate]}:
     * about one provision in that many, with every document of each.
     */
    FixedBitSet sample(int rate, int leaf) {
        return samples[rate][leaf];
    }
}
