package org.compendium.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Two words of a words query found near each other in a text: the proximity clause of {@link WordsQuery}, which only
 * scores. Where the index holds the text field's pair field ({@link WordPairs#rewrite}) it is read as the pair terms of
 * the two words ({@link #asPairTerms}): term look-ups. Elsewhere it is a phrase of the two words within
 * {@value #SLOP} positions ({@link #asPhrase}), which reads the positions of every provision holding both words — for
 * two common words at a million provisions, the slowest queries of the search benchmark (README, "Relevance
 * benchmark": the two forms rank alike on the relevance set, the pair terms at 0.83× the CPU p99).
 *
 * @param field    the text field of both words
 * @param first    the word first in the query (a term of {@code field})
 * @param second   the other word
 * @param distance how many positions after {@code first} the query has {@code second} (1: adjacent)
 */
final class NearPair extends Query {
    /** How far from their distance in the query the phrase form accepts the two words (either order included). */
    static final int SLOP = 3;
    /**
     * How much the two words found side by side score, beside BM25 of one pair term: a pair is a rarer term than its
     * words, so a pair of common words that a formula repeats (<i>législation nationale</i>) scores less than a rare
     * one. Chosen with the relevance set's two folds (README).
     */
    static final float WEIGHT = 0.8f;
    /** How much less the pair scores for each position its distance in the text differs from the query's. */
    static final float DISTANCE_DECAY = 0.5f;
    /** How much the two words found in the other order score beside the query's order. */
    static final float REVERSED_WEIGHT = 0.5f;

    private final String field;
    private final String first;
    private final String second;
    private final int distance;

    NearPair(String field, String first, String second, int distance) {
        if (distance < 1) {
            throw new IllegalArgumentException("the second word of a pair stands after the first, not " + distance);
        }
        this.field = Objects.requireNonNull(field);
        this.first = Objects.requireNonNull(first);
        this.second = Objects.requireNonNull(second);
        this.distance = distance;
    }

    String field() {
        return field;
    }

    /**
     * The best of the pair terms in {@code pairField} of the two words 1 to {@value WordPairs#MAX_DISTANCE}
     * positions apart: {@value #WEIGHT} for the query's distance (or the longest a pair holds), times
     * {@value #DISTANCE_DECAY} per position away from it, and {@value #REVERSED_WEIGHT} as much in the other order.
     */
    Query asPairTerms(String pairField) {
        List<Query> forms = new ArrayList<>();
        int expected = Math.min(distance, WordPairs.MAX_DISTANCE);
        for (int k = 1; k <= WordPairs.MAX_DISTANCE; k++) {
            float weight = WEIGHT * (float) Math.pow(DISTANCE_DECAY, Math.abs(k - expected));
            forms.add(new BoostQuery(new TermQuery(new Term(pairField, WordPairs.pair(first, second, k))), weight));
            forms.add(new BoostQuery(new TermQuery(new Term(pairField, WordPairs.pair(second, first, k))), weight * REVERSED_WEIGHT));
        }
        return new DisjunctionMaxQuery(forms, 0f);
    }

    /** The two words within {@value #SLOP} positions of their distance in the query, by their positions. */
    Query asPhrase() {
        return new PhraseQuery.Builder().add(new Term(field, first), 0).add(new Term(field, second), distance).setSlop(SLOP).build();
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        // Not read by WordPairs.rewrite (no pair field known): the phrase, which needs none.
        return asPhrase();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTerms(this, new Term(field, first), new Term(field, second));
        }
    }

    @Override
    public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + "near(" + first + " " + second + ", " + distance + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof NearPair p && field.equals(p.field) && first.equals(p.first)
                && second.equals(p.second) && distance == p.distance;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, first, second, distance);
    }
}
