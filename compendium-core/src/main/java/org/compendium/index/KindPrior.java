package org.compendium.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.compendium.model.DocumentType;
import org.compendium.model.ProvisionKind;

/**
 * A query-independent preference, in an order by relevance, for the provisions people look for when they search the
 * body of law: recommendations, operative and preambular paragraphs, sub-paragraphs, treaty articles and their
 * paragraphs. What is left out is the numbered paragraph of a report, which mostly tells what happened (the
 * documents before the meeting, its agenda, who spoke) and names a topic in passing.
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
    private static final QueryRescorer RESCORER = new QueryRescorer(PREFERRED) {
        @Override
        protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            return secondPassMatches ? firstPassScore + WEIGHT : firstPassScore;
        }
    };

    private KindPrior() {
    }

    /** How many documents the first pass collects for a page of the first {@code n}. */
    static int depth(int n) {
        return Math.max(n, DEPTH);
    }

    /**
     * {@code first} (the words' ranking, at least {@link #depth} long) with the preference added to its best
     * {@value #DEPTH} documents, which it reorders among themselves; the documents after them keep their places. The
     * window is the same whatever the page asks for, so that every page of one query cuts one order: a preferred
     * document ranked 60th by its words never jumps into the first page of a request for 100 and stays out of it for 10.
     */
    static ScoreDoc[] rescore(IndexSearcher searcher, TopDocs first) throws IOException {
        ScoreDoc[] all = first.scoreDocs;
        if (all.length <= 1) {
            return all;
        }
        int window = Math.min(DEPTH, all.length);
        TopDocs head = new TopDocs(first.totalHits, java.util.Arrays.copyOf(all, window));
        ScoreDoc[] out = all.clone();
        System.arraycopy(RESCORER.rescore(searcher, head, window).scoreDocs, 0, out, 0, window);
        return out;
    }

    private static Query preferred() {
        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        for (ProvisionKind k : List.of(ProvisionKind.RECOMMENDATION, ProvisionKind.OPERATIVE, ProvisionKind.PREAMBULAR,
                ProvisionKind.SUBPARAGRAPH, ProvisionKind.ARTICLE)) {
            kinds.add(new TermQuery(new Term(SearchFields.KIND, k.code())), BooleanClause.Occur.SHOULD);
        }
        kinds.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.KIND, ProvisionKind.PARAGRAPH.code())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.TYPE, DocumentType.TREATY.code())), BooleanClause.Occur.FILTER)
                .build(), BooleanClause.Occur.SHOULD);
        return kinds.build();
    }
}
