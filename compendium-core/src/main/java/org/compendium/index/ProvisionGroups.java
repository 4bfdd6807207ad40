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
 * <p>Memory: three ints per document (12 MiB for a million provisions in two languages), only where versions share
 * citations.
 */
final class ProvisionGroups {
    private static final ProvisionGroups ONE_PER_DOCUMENT = new ProvisionGroups(null, null, null);

    /** The provision of each document (global document id), {@code -1} when it has none; null: one per document. */
    private final int[] groupOf;
    /** Where each provision's documents start in {@link #documents}; one more entry than there are provisions. */
    private final int[] start;
    /** The documents of every provision, provision after provision, each provision's in document order. */
    private final int[] documents;

    private ProvisionGroups(int[] groupOf, int[] start, int[] documents) {
        this.groupOf = groupOf;
        this.start = start;
        this.documents = documents;
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
        Arrays.fill(groupOf, -1);
        int[] start = new int[groups + 1];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), ProvisionDocuments.GROUP);
            LongValues toGlobal = global == null ? LongValues.IDENTITY : global.getGlobalOrds(leaf.ord);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int group = (int) toGlobal.get(values.ordValue());
                groupOf[leaf.docBase + doc] = group;
                start[group + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] documents = new int[start[groups]];
        int[] next = Arrays.copyOf(start, groups);
        for (int doc = 0; doc < groupOf.length; doc++) {
            if (groupOf[doc] >= 0) {
                documents[next[groupOf[doc]]++] = doc;
            }
        }
        return new ProvisionGroups(groupOf, start, documents);
    }

    /** Whether every document is its own provision (no two share a citation). */
    boolean onePerDocument() {
        return groupOf == null;
    }

    /** The provision of document {@code doc} (a global id), {@code -1} when every document is its own or it has none. */
    int group(int doc) {
        return groupOf == null ? -1 : groupOf[doc];
    }

    /** How many documents hold provision {@code group} (0 for -1). */
    int size(int group) {
        return group < 0 ? 0 : start[group + 1] - start[group];
    }

    /** The {@code i}-th document (in document order) of provision {@code group}. */
    int document(int group, int i) {
        return documents[start[group] + i];
    }
}
