package org.compendium.index;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The best documents of a {@link TieredQuery}, found tier by tier: its {@linkplain TieredQuery#passes passes} run one
 * after the other, highest bonuses first, into one list of the best {@code n}. Once the list is full, each later pass
 * starts with its last score as the minimum competitive score, so that Lucene skips the blocks (and, where no document
 * of a segment can reach it, the whole segment) that cannot enter the list: the disjunction over hundreds of thousands
 * of matches of common words runs only as far as a page the higher tiers left unfilled needs it.
 *
 * <p>Each pass runs twice over: its fast query (the words and scoring clauses as one disjunction, no bonus) finds the
 * candidates with Lucene's max-score skipping, and its exact query scores the candidates that could enter the list.
 * The list is the one a one-pass top-k of {@link TieredQuery#query} gives — same documents, same order, same
 * scores: a document's exact score in its pass is its score by the query (see {@link TieredQuery.Pass}), a candidate
 * is given up only when its fast score is below what enters the list by more than the rounding of floats can
 * explain, and equal scores are ordered by document id, as Lucene's top-k collector orders them.
 */
final class TieredTopDocs {
    private TieredTopDocs() {
    }

    /** The best {@code n} documents of {@code query}, best first (equal scores by document id). */
    static ScoreDoc[] top(IndexSearcher searcher, TieredQuery query, int n) throws IOException {
        Best best = new Best(n);
        for (TieredQuery.Pass pass : query.passes()) {
            Weight exact = searcher.createWeight(searcher.rewrite(pass.exact()), ScoreMode.TOP_SCORES, 1f);
            Weight fast = searcher.createWeight(searcher.rewrite(pass.fast()), ScoreMode.TOP_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                ScorerSupplier exactSupplier = exact.scorerSupplier(leaf);
                ScorerSupplier fastSupplier = fast.scorerSupplier(leaf);
                if (exactSupplier == null || fastSupplier == null) {
                    continue;
                }
                Scorer scorer = exactSupplier.get(Long.MAX_VALUE);
                if (best.full() && scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS) < best.least()) {
                    continue;
                }
                fastSupplier.setTopLevelScoringClause();
                BulkScorer bulk = fastSupplier.bulkScorer();
                bulk.score(new Candidates(leaf, new Exact(scorer), pass.bonus(), best), leaf.reader().getLiveDocs(),
                        0, DocIdSetIterator.NO_MORE_DOCS);
            }
        }
        return best.ranked();
    }

    /**
     * How far a document's score by a pass's fast query plus its bonus may be from its exact score, for a document
     * whose exact score is about {@code score}: the two add the same floats up in another order and nesting, each
     * rounding by at most half a unit in the last place of the sum; 32 units cover that many times over.
     */
    private static float margin(float score) {
        return 32 * Math.ulp(Math.abs(score));
    }

    /**
     * The candidates of one leaf in one pass, as its fast query finds them with Lucene's skipping: each one whose fast
     * score, with the pass's bonus, could reach the list is scored exactly and offered.
     */
    private static final class Candidates implements LeafCollector {
        private final LeafReaderContext leaf;
        private final Exact exact;
        private final float bonus;
        private final Best best;
        private Scorable scorer;
        /** The least score last told the fast scorer: it may only rise. */
        private float told;

        Candidates(LeafReaderContext leaf, Exact exact, float bonus, Best best) {
            this.leaf = leaf;
            this.exact = exact;
            this.bonus = bonus;
            this.best = best;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            this.told = 0f;
            competitive();
        }

        @Override
        public void collect(int doc) throws IOException {
            if (best.full() && (double) scorer.score() + bonus + margin(best.least()) < best.least()) {
                return;
            }
            if (exact.matches(doc) && best.offer(leaf.docBase + doc, exact.score()) && best.full()) {
                competitive();
            }
        }

        /** Tells the fast query's scorer what its documents must reach, in its own scores: the list's last, less the bonus. */
        private void competitive() throws IOException {
            if (best.full()) {
                float least = best.least();
                float min = Math.max(told, (float) ((double) least - bonus - margin(least)));
                if (min > told) {
                    scorer.setMinCompetitiveScore(min);
                    told = min;
                }
            }
        }
    }

    /** A pass's exact query over one leaf, moved forward to each candidate in turn. */
    private static final class Exact {
        private final Scorer scorer;
        private final TwoPhaseIterator twoPhase;
        private final DocIdSetIterator docs;

        Exact(Scorer scorer) {
            this.scorer = scorer;
            this.twoPhase = scorer.twoPhaseIterator();
            this.docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }

        /** Whether the exact query matches {@code doc} (not before the last document asked). */
        boolean matches(int doc) throws IOException {
            int at = docs.docID() < doc ? docs.advance(doc) : docs.docID();
            return at == doc && (twoPhase == null || twoPhase.matches());
        }

        float score() throws IOException {
            return scorer.score();
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
