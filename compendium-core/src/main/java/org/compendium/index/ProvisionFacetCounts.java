package org.compendium.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet counts of a set of matches counted in provisions, as {@code total} counts them: a facet value counts the
 * citations with at least one matching document holding it, so a provision matched in three languages counts once
 * under its body and once under each of its three languages — where Lucene's facet counts count documents, one per
 * version. Used where versions share citations (a multilingual index); with one document per citation the two
 * counts are the same and Lucene's are used.
 */
final class ProvisionFacetCounts {
    private final SortedSetDocValuesReaderState state;
    /** The map of the group key's ordinals in each leaf to ordinals of the whole index; {@code null} for one leaf. */
    private final OrdinalMap groups;

    /**
     * @param state  the facet state of the reader
     * @param groups the ordinal map of the group key ({@link ProvisionDocuments#GROUP}) over the reader's leaves;
     *               {@code null} when the reader has one leaf (its ordinals are then global)
     */
    ProvisionFacetCounts(SortedSetDocValuesReaderState state, OrdinalMap groups) {
        this.state = state;
        this.groups = groups;
    }

    /** The ordinal map of these group keys (of a whole reader) over its leaves, or {@code null} for one leaf or none. */
    static OrdinalMap groupOrdinals(SortedDocValues keys) {
        return keys instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
    }

    /** How many provisions (citations) {@code matches} hold: the distinct group keys of the matching documents. */
    static long provisions(FacetsCollector matches, OrdinalMap groups) throws IOException {
        FixedBitSet seen = null;
        long count = 0;
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) {
                continue;
            }
            LeafReaderContext leaf = m.context();
            SortedDocValues group = DocValues.getSorted(leaf.reader(), ProvisionDocuments.GROUP);
            if (seen == null) {
                seen = new FixedBitSet((int) Math.max(1, groups == null ? group.getValueCount() : groups.getValueCount()));
            }
            org.apache.lucene.util.LongValues toGlobal = groups == null ? null : groups.getGlobalOrds(leaf.ord);
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (group.advanceExact(doc) && !seen.getAndSet((int) (toGlobal == null ? group.ordValue() : toGlobal.get(group.ordValue())))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The values of each of {@code dims} with their counts of provisions among {@code matches}, most frequent first
     * (then in label order), at most {@code limit.applyAsInt(dim)} per dimension.
     */
    Map<String, List<FacetCount>> count(FacetsCollector matches, List<String> dims, java.util.function.ToIntFunction<String> limit)
            throws IOException {
        int size = state.getSize();
        int[] counts = new int[size];
        // First pass: which provisions have more than one matching document (a query read in one language matches one
        // version of most). Their values are counted once each through a set of (provision, value) pairs; the others'
        // values are simply counted.
        long groupCount = groups == null ? -1 : groups.getValueCount();
        FixedBitSet once = null;
        FixedBitSet several = null;
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) {
                continue;
            }
            LeafReaderContext leaf = m.context();
            SortedDocValues group = DocValues.getSorted(leaf.reader(), ProvisionDocuments.GROUP);
            if (once == null) {
                int keys = (int) (groupCount >= 0 ? groupCount : group.getValueCount());
                once = new FixedBitSet(Math.max(1, keys));
                several = new FixedBitSet(Math.max(1, keys));
            }
            org.apache.lucene.util.LongValues toGlobal = groups == null ? null : groups.getGlobalOrds(leaf.ord);
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (group.advanceExact(doc)) {
                    int key = (int) (toGlobal == null ? group.ordValue() : toGlobal.get(group.ordValue()));
                    if (once.getAndSet(key)) {
                        several.set(key);
                    }
                }
            }
        }
        SortedSetDocValues facets = state.getDocValues();
        LongHashSet seen = new LongHashSet();
        for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
            if (m.totalHits() == 0 || m.bits() == null) {
                continue;
            }
            LeafReaderContext leaf = m.context();
            SortedDocValues group = DocValues.getSorted(leaf.reader(), ProvisionDocuments.GROUP);
            org.apache.lucene.util.LongValues toGlobal = groups == null ? null : groups.getGlobalOrds(leaf.ord);
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!group.advanceExact(doc) || !facets.advanceExact(leaf.docBase + doc)) {
                    continue;
                }
                long key = toGlobal == null ? group.ordValue() : toGlobal.get(group.ordValue());
                boolean shared = several.get((int) key);
                for (int i = 0; i < facets.docValueCount(); i++) {
                    long ord = facets.nextOrd();
                    // One count per (value, provision): the same value in another version of the provision is not counted again.
                    if (!shared || seen.add(key * size + ord)) {
                        counts[(int) ord]++;
                    }
                }
            }
        }
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            List<FacetCount> values = new ArrayList<>();
            if (range != null) {
                for (int ord = range.start(); ord <= range.end(); ord++) {
                    if (counts[ord] > 0) {
                        String[] path = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString());
                        values.add(new FacetCount(path[path.length - 1], counts[ord]));
                    }
                }
            }
            // Ordinals follow the labels, so a stable sort by count keeps label order among equal counts.
            values.sort(Comparator.comparingLong(FacetCount::count).reversed());
            out.put(dim, List.copyOf(values.subList(0, Math.min(values.size(), limit.applyAsInt(dim)))));
        }
        return out;
    }
}
