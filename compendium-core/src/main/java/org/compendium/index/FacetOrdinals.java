package org.compendium.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Every document's facet values, as the ordinals of its segment, read once from the doc values and kept in memory per
 * segment while the segment lives: counting a search's facets walks thousands of matches, and reading each one's
 * values from the doc values (a look-up of its address, then a decoding of its ordinals, through the mapped file's
 * checks) was the largest cost of counting. Keyed by the segment's core, which its doc values belong to (the index
 * never updates doc values in place), so a refresh reads only the new segments. About two bytes per value (four when
 * a segment has more than 65,536 distinct values) and four per document.
 */
final class FacetOrdinals {
    private final Map<Object, Leaf> byCore = new ConcurrentHashMap<>();

    /**
     * One segment's values: document {@code d}'s ordinals are those from {@code starts[d]} to {@code starts[d + 1]}
     * (exclusive), ascending, as the doc values return them.
     */
    static final class Leaf {
        private final String field;
        private final int[] starts;
        /** The ordinals when every one fits in a char; else null. */
        private final char[] small;
        /** The ordinals otherwise; else null. */
        private final int[] large;

        private Leaf(String field, int[] starts, char[] small, int[] large) {
            this.field = field;
            this.starts = starts;
            this.small = small;
            this.large = large;
        }

        /** Where document {@code doc}'s ordinals start (of the segment's ids). */
        int start(int doc) {
            return starts[doc];
        }

        /** Where document {@code doc}'s ordinals end, exclusive. */
        int end(int doc) {
            return starts[doc + 1];
        }

        /** The {@code i}-th ordinal of the segment, an ordinal of its doc values. */
        int ord(int i) {
            return small != null ? small[i] : large[i];
        }

        private static Leaf read(LeafReaderContext leaf, String field) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            int maxDoc = leaf.reader().maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc)];
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
                for (int i = 0; i < count; i++) {
                    ords[n++] = (int) values.nextOrd();
                }
            }
            while (next <= maxDoc) {
                starts[next++] = n;
            }
            if (values.getValueCount() <= Character.MAX_VALUE + 1L) {
                char[] small = new char[n];
                for (int i = 0; i < n; i++) {
                    small[i] = (char) ords[i];
                }
                return new Leaf(field, starts, small, null);
            }
            return new Leaf(field, starts, null, Arrays.copyOf(ords, n));
        }
    }

    /** The values of {@code field} in segment {@code leaf}, read on first use. */
    Leaf of(LeafReaderContext leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return Leaf.read(leaf, field); // a reader without a core key (none of ours): nothing to key it by
        }
        Leaf cached = byCore.get(helper.getKey());
        if (cached != null && cached.field.equals(field)) {
            return cached;
        }
        Leaf read = Leaf.read(leaf, field);
        if (byCore.putIfAbsent(helper.getKey(), read) == null) {
            helper.addClosedListener(byCore::remove);
        }
        return read;
    }
}
