package org.compendium.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.compendium.model.DocumentType;
import org.compendium.model.Eid;

/**
 * A query-independent preference, in an order by relevance, for the provisions people look for when they search the
 * body of law: recommendations, operative and preambular paragraphs, treaty articles and their paragraphs, and their
 * sub-paragraphs. What is left out is the numbered paragraph of a report and its lettered items, which mostly tell
 * what happened (the documents before the meeting, its agenda, who spoke) and name a topic in passing.
 *
 * <p>The preference adds {@value #WEIGHT} to the score of the best {@value #DEPTH} documents of the words' ranking — a fraction of one word's score, so it orders provisions that match alike and
 * never lifts one over a tier ({@link WordsQuery}). Applied to the best documents only (a rescoring of the first
 * pass), it costs a look-up per document there rather than a clause matching nearly every document, which made the
 * first pass's skipping of what cannot reach the top far less effective (README, "Relevance benchmark").
 */
final class KindPrior {
    /** What the preferred provisions score above the others. Chosen with the relevance set's two folds of queries. */
    static final float WEIGHT = 1f;
    /** How many of the first pass's best documents are rescored, at least. */
    static final int DEPTH = 50;

    private static final Query PREFERRED = preferred();

    private KindPrior() {
    }

    /** How many documents the first pass collects for a page of the first {@code n}. */
    static int depth(int n) {
        return Math.max(n, DEPTH);
    }

    /**
     * The documents of {@code searcher}'s reader the preference applies to, one bit per document (global ids): found
     * once per reader, so that a search looks the kinds of its best documents up instead of matching the kinds' terms
     * in every segment again (a rescoring query's weight and scorers, built per search, were most of its cost).
     */
    static FixedBitSet preferredDocuments(IndexSearcher searcher) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        Weight weight = searcher.createWeight(searcher.rewrite(PREFERRED), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                bits.set(leaf.docBase + doc);
            }
        }
        return bits;
    }

    /**
     * {@code first} (the words' ranking, at least {@link #depth} long) with the preference added to its best
     * {@value #DEPTH} documents, which it reorders among themselves; the documents after them keep their places. The
     * window is the same whatever the page asks for, so that every page of one query cuts one order: a preferred
     * document ranked 60th by its words never jumps into the first page of a request for 100 and stays out of it for 10.
     * Within the window the order is by the new score, then by document id (as Lucene's {@code QueryRescorer} orders a
     * rescoring, which made it before the preferred documents were kept per reader).
     *
     * @param preferred the documents the preference applies to ({@link #preferredDocuments})
     */
    static ScoreDoc[] rescore(FixedBitSet preferred, TopDocs first) {
        return rescore(preferred, first.scoreDocs);
    }

    /** As {@link #rescore(FixedBitSet, TopDocs)}, of the first pass's documents best first. */
    static ScoreDoc[] rescore(FixedBitSet preferred, ScoreDoc[] all) {
        if (all.length <= 1) {
            return all;
        }
        int window = Math.min(DEPTH, all.length);
        ScoreDoc[] head = java.util.Arrays.copyOf(all, window);
        for (int i = 0; i < window; i++) {
            ScoreDoc hit = head[i];
            if (hit.doc < preferred.length() && preferred.get(hit.doc)) {
                hit.score = hit.score + WEIGHT;
            }
        }
        // Equal scores by document id, as Lucene's QueryRescorer ordered them.
        java.util.Arrays.sort(head, (a, b) -> a.score > b.score ? -1 : a.score < b.score ? 1 : a.doc - b.doc);
        ScoreDoc[] out = all.clone();
        System.arraycopy(head, 0, out, 0, window);
        return out;
    }

    /**
     * The preferred provisions: recommendations, operative and preambular paragraphs, treaty articles and their
     * paragraphs, and the sub-paragraphs of any of them — by the provision's numbered unit ({@link
     * ProvisionDocuments#UNIT}), so that the lettered items of a report's paragraph (the list of the documents before
     * the meeting, whose titles repeat the topics) stay with the report's paragraphs.
     */
    static Query preferred() {
        BooleanQuery.Builder units = new BooleanQuery.Builder();
        for (Eid.Series s : List.of(Eid.Series.RECOMMENDATION, Eid.Series.OPERATIVE, Eid.Series.PREAMBULAR,
                Eid.Series.ARTICLE)) {
            units.add(new TermQuery(new Term(ProvisionDocuments.UNIT, s.code())), BooleanClause.Occur.SHOULD);
        }
        units.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ProvisionDocuments.UNIT, Eid.Series.PARAGRAPH.code())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.TYPE, DocumentType.TREATY.code())), BooleanClause.Occur.FILTER)
                .build(), BooleanClause.Occur.SHOULD);
        return units.build();
    }
}
