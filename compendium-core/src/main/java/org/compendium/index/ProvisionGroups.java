package org.compendium.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The provisions of a reader's documents: which provision (citation, {@link ProvisionDocuments#GROUP}) each
 * document holds and which documents hold each provision — its language versions and its copies in other
 * documents. Built once per reader (a pass over the group key's doc values), so that a search groups its matches
 * and counts them in provisions by array look-ups instead of reading doc values and sets of keys per match. Where
 * no two documents share a citation (a one-language index) it holds nothing: every document is its own provision.
 *
 * <p>The documents of a provision form a cycle ({@link #next}: each document to the provision's next one, in document
 * order, the last back to the first), so that a pass over matches in document order reads both arrays in order.
 * Memory: two ints per document (16 MiB for a million provisions in two languages), only where versions share
 * citations.
 */
final class ProvisionGroups {
    private static final ProvisionGroups ONE_PER_DOCUMENT = new ProvisionGroups(null, null);

    /** The provision of each document (global document id), {@code -1} when it has none; null: one per document. */
    private final int[] groupOf;
    /** The provision's next document after each document (wrapping round); the document itself when it is alone. */
    private final int[] next;

    private ProvisionGroups(int[] groupOf, int[] next) {
        this.groupOf = groupOf;
        this.next = next;
    }

    /** The provisions of {@code reader}'s documents (deleted ones included: a search's matches never hold them). */
    static ProvisionGroups of(IndexReader reader) throws IOException {
        SortedDocValues keys = MultiDocValues.getSortedValues(reader, ProvisionDocuments.GROUP);
        // Every document, deleted ones included, with its own key: grouping is the identity.
        if (keys == null || keys.getValueCount() == reader.maxDoc()) {
            return ONE_PER_DOCUMENT;
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
        return new ProvisionGroups(groupOf, next);
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
}
