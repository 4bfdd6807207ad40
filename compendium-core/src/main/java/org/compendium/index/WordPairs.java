package org.compendium.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Word pairs: each text field's words indexed again two by two in a pair field ({@code pairs.fr}, {@link WordPairFilter}),
 * so that a phrase is read as look-ups of its pairs instead of by the positions of its words. A phrase of common words
 * ({@code "États parties"}, {@code "traite des personnes"}) has long posting lists, and its positions were checked in
 * every provision holding both words — the costliest queries of the search benchmark. Its pair is a rare term: a
 * two-word phrase is one term, a longer one a phrase of its pairs (the pairs at their words' positions), which matches
 * exactly where the phrase of words does: a pair holds the distance between its words, and every pair of words at
 * most {@value #MAX_DISTANCE} positions apart is indexed (the positions between hold any word, or a stop word the
 * analyzer dropped, as in the phrase of words). A phrase whose words are further apart, or stand at one position, is
 * read by its words as before. This is Lucene's CommonGrams idea (bigrams of common words) without a list of common
 * words: the pairs of every word are indexed, which costs index size (README, "Search benchmark").
 */
final class WordPairs {
    /** The longest distance, in positions, between the two words of a pair: two stop words between them. */
    static final int MAX_DISTANCE = 3;
    /** Between the words of a pair: a character no analyzer leaves in a word. */
    private static final char SEPARATOR = '\u001F';

    private WordPairs() {
    }

    /** The pair term of two words {@code distance} positions apart ({@code 1}: adjacent). */
    static String pair(String first, String second, int distance) {
        return first + SEPARATOR + distance + SEPARATOR + second;
    }

    /** The analyzer of a pair field: a text field's analyzer, its words then paired ({@link WordPairFilter}). */
    static Analyzer analyzer(Analyzer language) {
        return new AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(), new WordPairFilter(components.getTokenStream()));
            }
        };
    }

    /**
     * The phrase read by its pairs in {@code pairField}: one term for two words, a phrase of pairs for more; empty when
     * the phrase cannot be (slop, words at one position or more than {@value #MAX_DISTANCE} apart, fewer than two).
     */
    static Optional<Query> exact(PhraseQuery phrase, String pairField) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || terms.length < 2) {
            return Optional.empty();
        }
        List<Term> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < terms.length; i++) {
            int distance = positions[i + 1] - positions[i];
            if (distance < 1 || distance > MAX_DISTANCE || !terms[i].field().equals(terms[i + 1].field())) {
                return Optional.empty();
            }
            pairs.add(new Term(pairField, pair(terms[i].text(), terms[i + 1].text(), distance)));
        }
        if (pairs.size() == 1) {
            return Optional.of(new TermQuery(pairs.getFirst()));
        }
        PhraseQuery.Builder out = new PhraseQuery.Builder();
        for (int i = 0; i < pairs.size(); i++) {
            out.add(pairs.get(i), positions[i] - positions[0]);
        }
        return Optional.of(out.build());
    }

    /**
     * {@code query} with each exact phrase of a text field that has a pair field ({@code pairFieldOf}) read by its
     * pairs ({@link #exact}), and each {@link NearPair} by its pair terms there ({@link NearPair#asPairTerms}), as a
     * phrase elsewhere; through boolean, boost, disjunction and constant-score queries, other queries as they are. What
     * an exact phrase matches is unchanged; its score becomes its pair's (BM25 of one rarer term).
     */
    static Query rewrite(Query query, Function<String, Optional<String>> pairFieldOf) {
        return switch (query) {
            case NearPair near -> pairFieldOf.apply(near.field()).map(near::asPairTerms).orElseGet(near::asPhrase);
            case PhraseQuery phrase -> phrase.getTerms().length == 0 ? phrase
                    : pairFieldOf.apply(phrase.getField()).flatMap(f -> exact(phrase, f)).orElse(phrase);
            case BooleanQuery bool -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause c : bool.clauses()) {
                    b.add(rewrite(c.query(), pairFieldOf), c.occur());
                }
                yield b.build();
            }
            case BoostQuery boost -> new BoostQuery(rewrite(boost.getQuery(), pairFieldOf), boost.getBoost());
            case ConstantScoreQuery constant -> new ConstantScoreQuery(rewrite(constant.getQuery(), pairFieldOf));
            case DisjunctionMaxQuery max -> new DisjunctionMaxQuery(
                    max.getDisjuncts().stream().map(q -> rewrite(q, pairFieldOf)).toList(), max.getTieBreakerMultiplier());
            default -> query;
        };
    }
}
