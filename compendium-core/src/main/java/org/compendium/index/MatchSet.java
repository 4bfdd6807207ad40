package org.compendium.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a query matches, as one bit per document of the reader (global ids), collected without scores:
 * what the counts of a search (total and facets) are made from, the ranking being a separate, top-k pass. Without
 * scores a words query matches by its words alone (its proximity and tier clauses, which only score, are skipped).
 *
 * <p>When counting every match would look at more candidate documents than a bound (the documents of a query's
 * words; for a phrase, those holding its words, each then checked for the phrase), only the documents of a sample of
 * provisions are looked at
 * ({@link ProvisionGroups#sample}, one provision in {@code scale}): phrases over common words are verified on
 * those only, and the counts made from the sample are multiplied by {@code scale}. A sample that finds too few
 * matches to estimate from is redone finer, down to every document.
 *
 * @param documents the matching documents (of the sample when {@code scale > 1})
 * @param count     how many documents the bits hold
 * @param scale     how many provisions each sampled one stands for (1: every document was looked at)
 */
record MatchSet(FixedBitSet documents, int count, int scale) {
    /** The fewest sampled matches an estimate is made from; fewer, and a finer sample is taken. */
    static final int MIN_SAMPLED = 200;
    /** How many times the bound a query's cost may be for every match to be tried before sampling. */
    static final int EXACT_TRY = 8;

    /**
     * The matches of {@code query}: every one when looking at them all means looking at no more than
     * {@code exactCost} candidate documents, else those of the finest sample within that bound.
     */
    static MatchSet of(IndexSearcher searcher, Query query, ProvisionGroups groups, int exactCost) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int maxDoc = searcher.getIndexReader().maxDoc();
        long cost = 0;
        for (LeafReaderContext leaf : leaves) {
            ScorerSupplier s = weight.scorerSupplier(leaf);
            cost += s == null ? 0 : s.cost();
        }
        double candidates = cost;
        // Lucene's cost is that of a query's words: right for words, too high for a conjunction or a phrase (its
        // matches are fewer than its words' documents). Where it is within a few times the bound, every match is tried
        // first and given up once it has looked at more candidates than the bound.
        if (cost <= (long) EXACT_TRY * exactCost) {
            Pass exact = collect(weight, leaves, groups, -1, maxDoc, exactCost);
            if (exact.found != null) {
                return exact.found;
            }
            // The candidates of the whole index, extrapolated from how far the pass got.
            candidates = (double) exactCost * maxDoc / Math.max(1, exact.stoppedAt);
        }
        int rate = 0;
        while (rate + 1 < ProvisionGroups.SAMPLE_RATES.length && candidates / scale(rate) > exactCost) {
            rate++;
        }
        while (true) {
            MatchSet found = collect(weight, leaves, groups, rate, maxDoc, Integer.MAX_VALUE).found;
            if (rate < 0 || found.count >= MIN_SAMPLED) {
                return found;
            }
            rate--;
        }
    }

    /** A pass over the candidates: its matches, or (none) the document where it gave up. */
    private record Pass(MatchSet found, int stoppedAt) {
    }

    private static int scale(int rate) {
        return rate < 0 ? 1 : ProvisionGroups.SAMPLE_RATES[rate];
    }

    /** The matches among the documents of sample {@code rate} (-1: all), giving up past {@code budget} candidates. */
    private static Pass collect(Weight weight, List<LeafReaderContext> leaves, ProvisionGroups groups, int rate,
            int maxDoc, int budget) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, maxDoc));
        int count = 0;
        long looked = 0;
        for (LeafReaderContext leaf : leaves) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            Scorer scorer = supplier.get(Long.MAX_VALUE);
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator candidates = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            Bits live = leaf.reader().getLiveDocs();
            FixedBitSet sample = rate < 0 ? null : groups.sample(rate, leaf.ord);
            int doc = candidates.nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                if (sample != null && !sample.get(doc)) {
                    // Leapfrog to the next sampled document: the candidates skip (a phrase is verified on the sample only).
                    int next = doc + 1 >= sample.length() ? DocIdSetIterator.NO_MORE_DOCS : sample.nextSetBit(doc + 1);
                    if (next == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    doc = candidates.advance(next);
                    continue;
                }
                if (++looked > budget) {
                    return new Pass(null, leaf.docBase + doc);
                }
                if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                    bits.set(leaf.docBase + doc);
                    count++;
                }
                doc = candidates.nextDoc();
            }
        }
        return new Pass(new MatchSet(bits, count, scale(rate)), maxDoc);
    }
}
