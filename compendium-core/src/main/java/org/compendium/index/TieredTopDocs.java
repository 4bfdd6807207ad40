package org.compendium.index;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The best documents of a {@link TieredQuery}, found tier by tier: its {@linkplain TieredQuery#passes passes} run one
 * after the other, highest bonuses first, into one list of the best {@code n}. Once the list is full, each later pass
 * starts with its last score as the minimum competitive score, so that Lucene skips the blocks (and, where no document
 * of a segment can reach it, the whole segment) that cannot enter the list: the disjunction over hundreds of thousands
 * of matches of common words runs only as far as a page the higher tiers left unfilled needs it.
 *
 * <p>The list is the one a one-pass top-k of {@link TieredQuery#query} gives — same documents, same order, same
 * scores: a document's score in its pass is its score by the query (see {@link TieredQuery#passes}), and equal scores
 * are ordered by document id, as Lucene's top-k collector orders them.
 */
final class TieredTopDocs {
    private TieredTopDocs() {
    }

    /** The best {@code n} documents of {@code query}, best first (equal scores by document id). */
    static ScoreDoc[] top(IndexSearcher searcher, TieredQuery query, int n) throws IOException {
        Best best = new Best(n);
        for (Query pass : query.passes()) {
            Weight weight = searcher.createWeight(searcher.rewrite(pass), ScoreMode.TOP_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                ScorerSupplier supplier = weight.scorerSupplier(leaf);
                if (supplier != null) {
                    supplier.setTopLevelScoringClause();
                    collect(supplier.get(Long.MAX_VALUE), leaf, best);
                }
            }
        }
        return best.ranked();
    }

    /** Offers {@code leaf}'s matches of one pass to {@code best}, skipping what cannot enter it. */
    private static void collect(Scorer scorer, LeafReaderContext leaf, Best best) throws IOException {
        if (best.full()) {
            if (scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS) < best.least()) {
                return;
            }
            scorer.setMinCompetitiveScore(best.least());
        }
        Bits live = leaf.reader().getLiveDocs();
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if ((live != null && !live.get(doc)) || (twoPhase != null && !twoPhase.matches())) {
                continue;
            }
            if (best.offer(leaf.docBase + doc, scorer.score()) && best.full()) {
                scorer.setMinCompetitiveScore(best.least());
            }
        }
    }

    /**
     * The best {@code n} documents offered so far, each with the best score it was offered with (a document holding
     * two text fields is offered by each field's passes, and scores by its best field).
     */
    private static final class Best {
        /** Best first: higher score, then lower document id. */
        private static final Comparator<ScoreDoc> ORDER = (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
                : Integer.compare(a.doc, b.doc);

        private final int n;
        private final TreeSet<ScoreDoc> ranked = new TreeSet<>(ORDER);
        private final Map<Integer, ScoreDoc> byDoc = new HashMap<>();

        Best(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("a top-k of at least one document, not " + n);
            }
            this.n = n;
        }

        boolean full() {
            return ranked.size() == n;
        }

        /** The score a document must reach to enter (when {@link #full}); reaching it ties with the last one. */
        float least() {
            return ranked.last().score;
        }

        /** Takes {@code doc} in when it ranks among the best; whether the list changed. */
        boolean offer(int doc, float score) {
            ScoreDoc known = byDoc.get(doc);
            if (known != null) {
                if (score <= known.score) {
                    return false;
                }
                ranked.remove(known);
                known.score = score;
                ranked.add(known);
                return true;
            }
            ScoreDoc hit = new ScoreDoc(doc, score);
            if (full()) {
                if (ORDER.compare(hit, ranked.last()) >= 0) {
                    return false;
                }
                byDoc.remove(ranked.pollLast().doc);
            }
            ranked.add(hit);
            byDoc.put(doc, hit);
            return true;
        }

        ScoreDoc[] ranked() {
            return ranked.toArray(ScoreDoc[]::new);
        }
    }
}
