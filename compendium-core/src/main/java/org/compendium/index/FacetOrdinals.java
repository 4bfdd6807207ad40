package org.compendium.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Every document's facet values, as the ordinals of its segment, read once from the doc values and kept in memory per
 * segment while the segment lives: counting a search's facets walks thousands of matches, and reading each one's
 * values from the doc values (a look-up of its address, then a decoding of its ordinals, through the mapped file's
 * checks) was the largest cost of counting. Keyed by the segment's core, which its doc values belong to (the index
 * never updates doc values in place), so a refresh reads only the new segments.
 *
 * <p>The values of one dimension, the <em>listed</em> one, are kept apart, as lists shared by documents: a meeting's
 * participation list (90–100 States) is carried by every provision of its report, so it was most of a document's
 * values — about 30 of 33 on the seeds — and of the work of counting them one document at a time. Each distinct list
 * is kept once per segment and each document names its list, so counting adds one to its list and then each list's
 * count to its values, once per search. About two bytes per value of a document's own (four when a segment has more
 * than 65,536 distinct values) and eight per document.
 */
final class FacetOrdinals {
    private final Map<Object, Leaf> byCore = new ConcurrentHashMap<>();
    private final String listedDimension;

    /** @param listedDimension the facet dimension whose values documents share as whole lists (kept once per list) */
    FacetOrdinals(String listedDimension) {
        this.listedDimension = listedDimension;
    }

    /**
     * One segment's values. Document {@code d}'s own ordinals (those not of the listed dimension) are those from
     * {@code start(d)} to {@code end(d)} (exclusive), ascending; its listed ones are list {@code list(d)}'s, from
     * {@code listStart} to {@code listEnd}, ascending; list 0 is the empty list.
     */
    static final class Leaf {
        private final String field;
        private final int[] starts;
        /** The own ordinals when every one fits in a char; else null. */
        private final char[] small;
        /** The own ordinals otherwise; else null. */
        private final int[] large;
        /** Each document's list. */
        private final int[] listOf;
        /** List {@code l}'s ordinals are {@code listOrds[listStarts[l] .. listStarts[l + 1])}. */
        private final int[] listStarts;
        private final int[] listOrds;

        private Leaf(String field, int[] starts, char[] small, int[] large, int[] listOf, int[] listStarts,
                int[] listOrds) {
            this.field = field;
            this.starts = starts;
            this.small = small;
            this.large = large;
            this.listOf = listOf;
            this.listStarts = listStarts;
            this.listOrds = listOrds;
        }

        /** Where document {@code doc}'s own ordinals start (of the segment's ids). */
        int start(int doc) {
            return starts[doc];
        }

        /** Where document {@code doc}'s own ordinals end, exclusive. */
        int end(int doc) {
            return starts[doc + 1];
        }

        /** The {@code i}-th own ordinal of the segment, an ordinal of its doc values. */
        int ord(int i) {
            return small != null ? small[i] : large[i];
        }

        /** The list of listed-dimension values document {@code doc} holds (0: none). */
        int list(int doc) {
            return listOf[doc];
        }

        /** How many distinct lists the segment holds, the empty one included. */
        int lists() {
            return listStarts.length - 1;
        }

        /** Where list {@code list}'s ordinals start. */
        int listStart(int list) {
            return listStarts[list];
        }

        /** Where list {@code list}'s ordinals end, exclusive. */
        int listEnd(int list) {
            return listStarts[list + 1];
        }

        /** The {@code i}-th ordinal of the segment's lists. */
        int listOrd(int i) {
            return listOrds[i];
        }

        /** Every ordinal of document {@code doc}, ascending, as its doc values give them. */
        int[] all(int doc) {
            int list = listOf[doc];
            int[] out = new int[end(doc) - start(doc) + listEnd(list) - listStart(list)];
            int n = 0;
            for (int i = start(doc); i < end(doc); i++) {
                out[n++] = ord(i);
            }
            for (int i = listStart(list); i < listEnd(list); i++) {
                out[n++] = listOrds[i];
            }
            Arrays.sort(out);
            return out;
        }

        private static Leaf read(LeafReaderContext leaf, String field, String listedDimension) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            // A dimension's values are its labels' ordinals, which are contiguous: those that start with its prefix.
            long listedFrom = insertionPoint(values, listedDimension + FacetsConfig.DELIM_CHAR);
            long listedTo = insertionPoint(values, listedDimension + (char) (FacetsConfig.DELIM_CHAR + 1));
            int maxDoc = leaf.reader().maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] listOf = new int[maxDoc];
            int[] ords = new int[Math.max(16, maxDoc)];
            ListTable lists = new ListTable();
            int[] listed = new int[16];
            int n = 0;
            int next = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                while (next <= doc) {
                    starts[next++] = n;
                }
                int count = values.docValueCount();
                if (n + count > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
                }
                int inList = 0;
                for (int i = 0; i < count; i++) {
                    int ord = (int) values.nextOrd();
                    if (ord >= listedFrom && ord < listedTo) {
                        if (inList == listed.length) {
                            listed = Arrays.copyOf(listed, 2 * inList);
                        }
                        listed[inList++] = ord;
                    } else {
                        ords[n++] = ord;
                    }
                }
                listOf[doc] = lists.idOf(listed, inList);
            }
            while (next <= maxDoc) {
                starts[next++] = n;
            }
            int[][] table = lists.byId();
            int[] listStarts = new int[table.length + 1];
            for (int l = 0; l < table.length; l++) {
                listStarts[l + 1] = listStarts[l] + table[l].length;
            }
            int[] listOrds = new int[listStarts[table.length]];
            for (int l = 0; l < table.length; l++) {
                System.arraycopy(table[l], 0, listOrds, listStarts[l], table[l].length);
            }
            if (values.getValueCount() <= Character.MAX_VALUE + 1L) {
                char[] small = new char[n];
                for (int i = 0; i < n; i++) {
                    small[i] = (char) ords[i];
                }
                return new Leaf(field, starts, small, null, listOf, listStarts, listOrds);
            }
            return new Leaf(field, starts, null, Arrays.copyOf(ords, n), listOf, listStarts, listOrds);
        }

        /** The first ordinal whose label is {@code label} or after it. */
        private static long insertionPoint(SortedSetDocValues values, String label) throws IOException {
            long found = values.lookupTerm(new BytesRef(label));
            return found >= 0 ? found : -1 - found;
        }
    }

    /** The distinct lists of a segment, each given an id in the order first seen; the empty list is 0. */
    private static final class ListTable {
        private final Map<Key, Integer> ids = new HashMap<>();
        private final List<int[]> byId = new ArrayList<>();

        ListTable() {
            byId.add(new int[0]);
        }

        int idOf(int[] buffer, int length) {
            if (length == 0) {
                return 0;
            }
            Key key = new Key(Arrays.copyOf(buffer, length));
            Integer id = ids.get(key);
            if (id == null) {
                id = byId.size();
                ids.put(key, id);
                byId.add(key.ords);
            }
            return id;
        }

        int[][] byId() {
            return byId.toArray(int[][]::new);
        }

        /** An array compared by its contents. */
        private record Key(int[] ords) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && Arrays.equals(ords, k.ords);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(ords);
            }
        }
    }

    /** The values of {@code field} in segment {@code leaf}, read on first use. */
    Leaf of(LeafReaderContext leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return Leaf.read(leaf, field, listedDimension); // a reader without a core key (none of ours)
        }
        Leaf cached = byCore.get(helper.getKey());
        if (cached != null && cached.field.equals(field)) {
            return cached;
        }
        Leaf read = Leaf.read(leaf, field, listedDimension);
        if (byCore.putIfAbsent(helper.getKey(), read) == null) {
            helper.addClosedListener(byCore::remove);
        }
        return read;
    }
}
