package org.compendium.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document a query matches, as one bit per document of the reader (global ids), collected without scores:
 * what the counts of a search (total and facets) are made from, the ranking being a separate, top-k pass. Without
 * scores a words query matches by its words alone (its proximity and tier clauses, which only score, are skipped).
 *
 * @param documents the matching documents
 * @param count     how many documents match
 */
record MatchSet(FixedBitSet documents, int count) {
    /** The matches of {@code query} on {@code searcher}. */
    static MatchSet of(IndexSearcher searcher, Query query) throws IOException {
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
        return searcher.search(query, new CollectorManager<Bits, MatchSet>() {
            @Override
            public Bits newCollector() {
                return new Bits(maxDoc);
            }

            @Override
            public MatchSet reduce(Collection<Bits> collectors) {
                FixedBitSet all = null;
                int count = 0;
                for (Bits c : collectors) {
                    if (all == null) {
                        all = c.bits;
                    } else {
                        all.or(c.bits);
                    }
                    count += c.count;
                }
                return new MatchSet(all == null ? new FixedBitSet(maxDoc) : all, count);
            }
        });
    }

    /** One slice's matches (a searcher without an executor searches in one slice). */
    private static final class Bits implements Collector {
        final FixedBitSet bits;
        int count;

        Bits(int maxDoc) {
            this.bits = new FixedBitSet(maxDoc);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    bits.set(base + doc);
                    count++;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
