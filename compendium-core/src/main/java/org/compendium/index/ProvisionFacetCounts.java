package org.compendium.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * The counts of a search's matches in provisions, as {@code total} counts them, in one pass over the matches: how
 * many provisions (citations) match, and for each facet value how many of them have a matching document holding
 * it — so a provision matched in three languages counts once under its body and once under each of its three
 * languages, where Lucene's facet counts count documents, one per version.
 *
 * <p>When the matches are those of a sample of provisions ({@link MatchSet#scale} above 1: a query of common words,
 * a million matches at a million provisions), each sampled provision stands for {@code scale} and the counts are
 * estimates, which {@link Counts#estimated} says and callers show as "about"; the cost of counting is then bounded
 * by the sample instead of the matches. The ranking never depends on the counts.
 */
final class ProvisionFacetCounts {
    private final SortedSetDocValuesReaderState state;
    private final ProvisionGroups groups;
    private final IndexReader reader;
    /** The facet field's ordinals of each leaf to the reader's; null for one leaf. */
    private final OrdinalMap facetOrdinals;
    /** Each leaf's documents' facet values, kept in memory; null when the reader has no facets. */
    private final FacetOrdinals.Leaf[] leafValues;

    /**
     * @param state          the facet state of the reader, null when the reader has no facets
     * @param groups         the provisions of the reader's documents
     * @param values         the segments' facet values kept in memory, read here for the segments that are new
     */
    ProvisionFacetCounts(IndexReader reader, SortedSetDocValuesReaderState state, ProvisionGroups groups,
            FacetOrdinals values) throws IOException {
        this.reader = reader;
        this.state = state;
        this.groups = groups;
        this.facetOrdinals = state != null && state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi.mapping : null;
        List<LeafReaderContext> leaves = reader.leaves();
        this.leafValues = state == null ? null : new FacetOrdinals.Leaf[leaves.size()];
        if (state != null) {
            for (LeafReaderContext leaf : leaves) {
                leafValues[leaf.ord] = values.of(leaf, state.getField());
            }
        }
    }

    /**
     * The counts of some matches.
     *
     * @param provisions how many provisions matched (estimated when {@code estimated})
     * @param facets     per dimension asked for, its values with their counts of provisions, most frequent first (then
     *                   in label order)
     * @param estimated  whether the counts were estimated from a sample of the matches rather than counted
     */
    record Counts(long provisions, Map<String, List<FacetCount>> facets, boolean estimated) {
    }

    /** The counts of {@code matches} for {@code dims}, at most {@code limit.applyAsInt(dim)} values per dimension. */
    Counts count(MatchSet matches, List<String> dims, ToIntFunction<String> limit) throws IOException {
        // Each provision of a sample stands for {@code scale} provisions.
        int step = matches.scale();
        double[] counts = state == null || dims.isEmpty() ? null : new double[state.getSize()];
        // Provisions matched by one document are counted in whole numbers; shared ones in shares.
        long alone = 0;
        double shared = 0;
        FixedBitSet bits = matches.documents();
        List<LeafReaderContext> leaves = reader.leaves();
        for (LeafReaderContext leaf : leaves) {
            int end = Math.min(bits.length(), leaf.docBase + leaf.reader().maxDoc());
            if (leaf.docBase >= end) {
                continue;
            }
            FacetOrdinals.Leaf values = counts == null ? null : leafValues[leaf.ord];
            LongValues toGlobal = facetOrdinals == null ? LongValues.IDENTITY : facetOrdinals.getGlobalOrds(leaf.ord);
            // The values of documents matched alone, by the leaf's ordinals: mapped to the reader's once per value;
            // their lists of the listed dimension counted by list, then added to the lists' values once per list.
            int[] leafCounts = values == null ? null
                    : new int[(int) DocValues.getSortedSet(leaf.reader(), state.getField()).getValueCount()];
            int[] listCounts = values == null ? null : new int[values.lists()];
            for (int doc = bits.nextSetBit(leaf.docBase, end); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 >= end ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(doc + 1, end)) {
                int[] others = otherMatches(doc, bits);
                if (others.length == 0) {
                    alone++;
                } else {
                    shared += 1.0 / (others.length + 1);
                }
                if (values == null) {
                    continue;
                }
                int local = doc - leaf.docBase;
                if (others.length == 0) {
                    for (int i = values.start(local), to = values.end(local); i < to; i++) {
                        leafCounts[values.ord(i)]++;
                    }
                    listCounts[values.list(local)]++;
                    continue;
                }
                // A provision with several matching documents: each value counts once per provision, shared among
                // the matching documents holding it.
                long[][] otherValues = new long[others.length][];
                for (int o = 0; o < others.length; o++) {
                    otherValues[o] = globalOrdinals(leaves, others[o]);
                }
                for (int leafOrd : values.all(local)) {
                    long ord = toGlobal.get(leafOrd);
                    int holders = 1;
                    for (long[] other : otherValues) {
                        if (java.util.Arrays.binarySearch(other, ord) >= 0) {
                            holders++;
                        }
                    }
                    counts[(int) ord] += (double) step / holders;
                }
            }
            if (leafCounts != null) {
                for (int list = 1; list < listCounts.length; list++) {
                    if (listCounts[list] == 0) {
                        continue;
                    }
                    for (int i = values.listStart(list), to = values.listEnd(list); i < to; i++) {
                        leafCounts[values.listOrd(i)] += listCounts[list];
                    }
                }
                for (int ord = 0; ord < leafCounts.length; ord++) {
                    if (leafCounts[ord] > 0) {
                        counts[(int) toGlobal.get(ord)] += (double) leafCounts[ord] * step;
                    }
                }
            }
        }
        double provisions = (alone + shared) * step;
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (counts != null) {
            SortedSetDocValues labels = state.getDocValues();
            for (String dim : dims) {
                SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
                List<FacetCount> found = new ArrayList<>();
                if (range != null) {
                    for (int ord = range.start(); ord <= range.end(); ord++) {
                        if (counts[ord] > 0) {
                            String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
                            found.add(new FacetCount(path[path.length - 1], Math.max(1, Math.round(counts[ord]))));
                        }
                    }
                }
                // Ordinals follow the labels, so a stable sort by count keeps label order among equal counts.
                found.sort(Comparator.comparingLong(FacetCount::count).reversed());
                out.put(dim, List.copyOf(found.subList(0, Math.min(found.size(), limit.applyAsInt(dim)))));
            }
        }
        return new Counts(Math.round(provisions), out, step > 1);
    }

    private static final int[] NONE = new int[0];

    /** The other matching documents of {@code doc}'s provision. */
    private int[] otherMatches(int doc, FixedBitSet bits) {
        int[] out = NONE;
        for (int other = groups.next(doc); other != doc; other = groups.next(other)) {
            if (bits.get(other)) {
                out = java.util.Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = other;
            }
        }
        return out;
    }

    /** The value of dimension {@code dim} of document {@code doc} (a global id): its first, if it has any. */
    java.util.Optional<String> value(int doc, String dim) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(dim);
        if (range == null) {
            return java.util.Optional.empty();
        }
        for (long ord : globalOrdinals(reader.leaves(), doc)) {
            if (ord >= range.start() && ord <= range.end()) {
                String[] path = FacetsConfig.stringToPath(state.getDocValues().lookupOrd(ord).utf8ToString());
                return java.util.Optional.of(path[path.length - 1]);
            }
        }
        return java.util.Optional.empty();
    }

    /** The facet values of document {@code doc} (a global id) as ordinals of the reader, sorted. */
    private long[] globalOrdinals(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int[] ords = leafValues[leaf.ord].all(doc - leaf.docBase);
        LongValues toGlobal = facetOrdinals == null ? LongValues.IDENTITY : facetOrdinals.getGlobalOrds(leaf.ord);
        long[] out = new long[ords.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = toGlobal.get(ords[i]);
        }
        java.util.Arrays.sort(out);
        return out;
    }
}
