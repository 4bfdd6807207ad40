package org.compendium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The reading of a query typed as words (no operator, see {@link Operators}): what most people type.
 *
 * <p>The text is analyzed once per text field with that field's own analyzer — the analyzer that indexed the field —
 * so stop words and elided articles are dropped where the field drops them ({@code traite des personnes} is
 * {@code trait person} in {@code text.fr}) and never become required terms of another field. Per field, the query
 * is:
 * <ul>
 * <li>the words, each scored by BM25, of which {@link MinimumShouldMatch} says how many must match; ordered by
 * relevance, each word also matches by its root ({@link RootAnalyzer}) where its language has a root field;</li>
 * <li>plus, for each pair of words at most {@value #PAIR_WINDOW} words apart in the query, the two words found near
 * each other in the text ({@link NearPair}: in either order, read by the terms of the pair field where the index
 * holds it), weighed by the inverse of their distance in the query (proximity: the words of
 * {@code protection des témoins} close together score above the same words far apart, and so do the first and last
 * words of {@code coopération internationale en matière pénale} found side by side);</li>
 * <li>plus a constant {@value #EXACT_BOOST} when the provision holds the whole query as a phrase (stop words may be
 * any word, as in a quoted phrase), which puts exact matches of the whole query first.</li>
 * </ul>
 * The fields are combined by their best score (a provision has one text field). {@link QueryReader} tries it with
 * the {@link MinimumShouldMatch} policy, then with any one word when that fills less than a page, and last
 * {@link #relaxed}: any one of the words, each also matching words one or two edits away (typos).
 */
final class WordsQuery {
    /**
     * How many words apart in the query two words may be to form a proximity pair: beyond consecutive words, a
     * query's words often say a phrase of the texts with other words between them ({@code assistance technique aux
     * États} for {@code assistance technique}). Chosen with the relevance set's two folds (README).
     */
    static final int PAIR_WINDOW = 4;
    /**
     * Queries of more words than this (a pasted paragraph) keep only consecutive pairs, each read as a phrase of its
     * two words by their positions: {@value #PAIR_WINDOW} pairs per word, or the six pair terms of each
     * {@link NearPair}, would pass Lucene's clause limit (a paragraph of 400 words was refused).
     */
    static final int PAIR_WINDOW_MAX_WORDS = 32;
    /** The constant score added to a provision that holds the whole query as a phrase: above any word score. */
    static final float EXACT_BOOST = 100f;
    /**
     * The constant score added, in the {@link #ranked} reading, to a provision holding the words
     * {@link MinimumShouldMatch} requires: above any word score, so such provisions rank before those with fewer.
     */
    static final float PREFERRED_BOOST = 100f;
    /**
     * How much a word's root ({@link RootAnalyzer}) scores beside the word itself: a provision holding only another
     * word of the family ranks below one holding the word. Chosen by two-fold cross-validation (README).
     */
    static final float ROOT_WEIGHT = 0.6f;
    /**
     * How much an expression equivalent to one the query holds ({@link Equivalences}) scores beside the typed words
     * (at most: less when it has more words than those it stands for). Chosen with two-fold cross-validation over
     * the relevance set's queries (README).
     */
    static final float EQUIVALENT_WEIGHT = 0.5f;
    /**
     * The score a provision earns from the theme it is filed under whose label matches the query fully
     * ({@link ThemeNames}; less as the match is partial): about one word's BM25 score, below the tiers. Chosen with
     * the relevance set's two folds of queries, with the themes predicted for provisions whose meeting the
     * suggester never saw (README).
     */
    static final float THEME_WEIGHT = 5f;
    /** The least match of a theme's label and a query ({@link ThemeNames.Match#share}) that scores. */
    static final float THEME_MIN_SHARE = 0.5f;
    /** How much the words of a label's head score beside its qualifier's ({@link LabelForm}). */
    static final float HEAD_WEIGHT = 0.5f;
    /** Words shorter than this are matched exactly even in the relaxed query (one edit makes another word). */
    private static final int FUZZY_MIN_LENGTH = 4;
    /** Words at least this long may be two edits away in the relaxed query. */
    private static final int TWO_EDITS_LENGTH = 8;

    private final LanguageAnalyzers analyzers;

    WordsQuery(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** One analyzed word: the indexed term and its position in the query (stop words leave gaps). */
    record Token(String term, int position) {
    }

    /**
     * A query's words as each text field's analyzer makes them, analyzed once for all the readings of the query.
     *
     * @param byField   the tokens per text field, in the registry's order; a field whose analysis leaves no word is
     *                  absent
     * @param qualifier per text field, the tokens of the query's qualifier when the query has the form of a label
     *                  {@code Head (qualifier)} ({@link LabelForm}), absent otherwise
     * @param roots     per text field that has a root field, the root of each of its terms ({@link Roots})
     */
    record Analyzed(Map<String, List<Token>> byField, Map<String, List<Token>> qualifier, Map<String, Roots> roots) {
        Analyzed {
            byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
            qualifier = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(qualifier));
            roots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roots));
        }
    }

    /**
     * The roots of a query's words in one root field ({@link RootAnalyzer}): each term of the text field with the root
     * the root field indexes for the word it was made from — the root of that word as the field's
     * {@linkplain LanguageAnalyzers#rootBase root base} makes it, which may stem otherwise than the text field.
     *
     * @param field  the root field ({@code roots.fr})
     * @param ofTerm each term of the text field, with its root
     */
    record Roots(String field, Map<String, String> ofTerm) {
        Roots {
            ofTerm = Map.copyOf(ofTerm);
        }

        /** The root of {@code term}, a term of the query in the text field. */
        String of(String term) {
            String root = ofTerm.get(term);
            if (root == null) {
                throw new IllegalArgumentException("'" + term + "' is not a word of the query analyzed for " + field);
            }
            return root;
        }
    }

    /** The words of {@code text} in each of {@code fields} (text fields), each read by its own analyzer. */
    Analyzed analyze(String text, List<String> fields) {
        Map<String, List<Token>> out = new LinkedHashMap<>();
        Map<String, List<Token>> qualifier = new LinkedHashMap<>();
        Map<String, Roots> roots = new LinkedHashMap<>();
        java.util.Optional<String> q = LabelForm.qualifier(text);
        for (String field : fields) {
            List<Token> tokens = analyze(analyzers.textAnalyzer(field), field, text);
            if (!tokens.isEmpty()) {
                out.put(field, List.copyOf(tokens));
                q.map(t -> analyze(analyzers.textAnalyzer(field), field, t)).filter(t -> !t.isEmpty() && t.size() < tokens.size())
                        .ifPresent(t -> qualifier.put(field, List.copyOf(t)));
                analyzers.rootField(field).ifPresent(r -> roots.put(field, new Roots(r, rootsOf(field, text, tokens))));
            }
        }
        return new Analyzed(out, qualifier, roots);
    }

    /**
     * The root of each of {@code tokens} (the text field's analysis of {@code text}): the root of the word at its
     * position in the root base's analysis. The root base shares the text analyzer's tokenizer and stop words and
     * stems word for word, so both analyses hold the same positions.
     */
    private Map<String, String> rootsOf(String field, String text, List<Token> tokens) {
        Map<Integer, String> byPosition = new java.util.HashMap<>();
        for (Token t : analyze(analyzers.rootBase(field), field, text)) {
            byPosition.putIfAbsent(t.position(), RootAnalyzer.root(t.term()));
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (Token t : tokens) {
            String root = byPosition.get(t.position());
            if (root == null) {
                throw new IllegalStateException("the root base of " + field + " does not analyze '" + text
                        + "' word for word as the field's analyzer does");
            }
            out.putIfAbsent(t.term(), root);
        }
        return out;
    }

    /**
     * The query of the words, requiring {@code required.applyAsInt(n)} of their {@code n} distinct words (single
     * letters, such as the {@code e} and {@code s} of {@code Attaché(e)s}, score but are not counted); matches
     * nothing when no field's analysis leaves a word (stop words, punctuation).
     */
    Query strict(Analyzed words, IntUnaryOperator required) {
        List<Query> perField = new ArrayList<>();
        words.byField().forEach((field, tokens) -> perField.add(strict(field, tokens, required)));
        return best(perField);
    }

    /**
     * The ranked reading of the words, for an order by relevance: every provision holding any one of the words, in
     * tiers — first those holding the whole query as a phrase, then, for a short query, those holding the words
     * {@link MinimumShouldMatch#preferred} asks for ({@value #PREFERRED_BOOST} above the rest), then the others — and
     * within a tier by BM25 with the proximity pairs. The policy orders the provisions instead of leaving those with
     * fewer words out: they come after, on later pages (as a filter, it lost a sixth of the relevant provisions of the
     * relevance set from the first 100, where plain BM25 found them). For a label {@code Head (qualifier)} the
     * policy counts the qualifier's words ({@link LabelForm}): the head says where, the qualifier what.
     */
    Query ranked(Analyzed words, ThemeNames themes) {
        return tiered(words, themes).query();
    }

    /**
     * The {@link #ranked} reading in parts ({@link TieredQuery}): per text field, the words, the proximity pairs, and
     * the tiers — the whole query as a phrase ({@value #EXACT_BOOST}), the words the policy asks for
     * ({@value #PREFERRED_BOOST}) — so that its best provisions can be found tier by tier ({@link TieredTopDocs}).
     */
    TieredQuery tiered(Analyzed words, ThemeNames themes) {
        List<TieredQuery.Field> perField = new ArrayList<>();
        words.byField().forEach((field, tokens) -> perField.add(ranked(field, java.util.Optional.ofNullable(words.roots().get(field)), tokens,
                java.util.Optional.ofNullable(words.qualifier().get(field)), analyzers.equivalences(field),
                themes.matches(field, terms(tokens), analyzers, THEME_MIN_SHARE))));
        return new TieredQuery(perField, List.of());
    }

    /**
     * The ranked reading in one text field. Each word matches as itself or, scored {@value #ROOT_WEIGHT} as much, by
     * its root ({@link RootAnalyzer}: the other words of its family) where the field has a root field. For a label
     * ({@code qualifier} present) the qualifier's words are the ones the tier counts, even one alone, and the only
     * ones whose proximity and phrase score; the head's words (a category shared by many labels, as
     * {@code Système de justice pénale}) score {@value #HEAD_WEIGHT} as much as the qualifier's, and a phrase across
     * the parenthesis means nothing. The expressions equivalent to some of the words ({@link Equivalences}) match too,
     * the best of them scored at most {@value #EQUIVALENT_WEIGHT} as much, and count in the tier for the words they
     * stand for.
     */
    private static TieredQuery.Field ranked(String field, java.util.Optional<Roots> roots, List<Token> tokens,
            java.util.Optional<List<Token>> qualifier, Equivalences equivalences, List<ThemeNames.Match> filed) {
        List<Token> counted = qualifier.orElse(tokens);
        Set<String> countedTerms = terms(counted);
        int required = MinimumShouldMatch.preferred(words(countedTerms));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : terms(tokens)) {
            Query word = word(field, roots, t);
            any.add(countedTerms.contains(t) ? word : new BoostQuery(word, HEAD_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        List<Equivalences.Expansion> expansions = equivalences.expansions(tokens);
        // The equivalents count once (the best of them), each weighed by the share of its words that stand for typed
        // ones: a phrase of three rare words standing for two common ones would otherwise outscore the typed words.
        List<Query> equivalents = new ArrayList<>();
        for (Equivalences.Expansion e : expansions) {
            equivalents.add(new BoostQuery(expression(field, e.expression()), EQUIVALENT_WEIGHT
                    * Math.min(1f, (float) e.replaces().size() / e.expression().tokens().size())));
        }
        if (!equivalents.isEmpty()) {
            any.add(best(equivalents), BooleanClause.Occur.SHOULD);
        }
        // A provision filed under a theme whose label holds the query's words is about them, even where its own
        // words differ: the best such theme scores, by how well its label and the query match.
        List<Query> themes = new ArrayList<>();
        for (ThemeNames.Match m : filed) {
            themes.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.THEME, m.term()))),
                    THEME_WEIGHT * m.share()));
        }
        if (!themes.isEmpty()) {
            any.add(best(themes), BooleanClause.Occur.SHOULD);
        }
        List<TieredQuery.Clause> optional = new ArrayList<>();
        if (required > 1 || (qualifier.isPresent() && required == 1)) {
            BooleanQuery.Builder tier = new BooleanQuery.Builder();
            // Single letters are not counted as words (words()), so they do not count towards the minimum either:
            // the e of Attaché(e)s, in nearly every text, would stand for a word the provision lacks.
            for (String t : countedTerms.stream().filter(WordsQuery::isWord).toList()) {
                Query word = word(field, roots, t);
                // An equivalent of the words that hold t stands for t in the tier: contrôles aux frontières counts
                // as gestion des frontières does.
                List<Query> standIns = expansions.stream().filter(e -> e.replaces().contains(t))
                        .map(e -> expression(field, e.expression())).toList();
                if (!standIns.isEmpty()) {
                    BooleanQuery.Builder either = new BooleanQuery.Builder().add(word, BooleanClause.Occur.SHOULD);
                    standIns.forEach(q -> either.add(q, BooleanClause.Occur.SHOULD));
                    word = either.build();
                }
                tier.add(word, BooleanClause.Occur.SHOULD);
            }
            optional.add(new TieredQuery.Clause(tier.setMinimumNumberShouldMatch(required).build(), PREFERRED_BOOST));
        }
        if (counted.size() >= 2) {
            optional.addAll(proximity(field, counted));
        }
        // Nested tiers: a provision holding the whole query as a phrase holds each of its words, so it is in the tier
        // of the words the policy asks for.
        return new TieredQuery.Field(any.build(), optional, true);
    }

    /** An equivalent expression: its word, or its words as an exact phrase (read by its word pairs). */
    private static Query expression(String field, Equivalences.Expression e) {
        List<Token> tokens = e.tokens();
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.getFirst().term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = tokens.getFirst().position();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position() - first));
        return phrase.build();
    }

    /** One word of the query: the word itself, or its root scored {@value #ROOT_WEIGHT} as much. */
    private static Query word(String field, java.util.Optional<Roots> roots, String term) {
        TermQuery exact = new TermQuery(new Term(field, term));
        if (roots.isEmpty()) {
            return exact;
        }
        return new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(roots.get().field(), roots.get().of(term))), ROOT_WEIGHT),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The words of {@code terms} in {@code field}, at least {@code required} of them. */
    private static BooleanQuery anyOf(String field, Set<String> terms, int required) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String t : terms) {
            words.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        }
        return words.setMinimumNumberShouldMatch(Math.max(1, required)).build();
    }

    /** Whether {@link #strict} with {@link MinimumShouldMatch} requires more than one word in some field. */
    boolean requiresMoreThanOne(Analyzed words) {
        return words.byField().values().stream().anyMatch(tokens -> MinimumShouldMatch.of(words(terms(tokens))) > 1);
    }

    /** How many of {@code terms} count as words for the minimum to match: those of two characters or more. */
    private static int words(Set<String> terms) {
        return (int) terms.stream().filter(WordsQuery::isWord).count();
    }

    /** Whether a term counts as a word for the minimum to match: two characters or more. */
    private static boolean isWord(String term) {
        return term.codePointCount(0, term.length()) >= 2;
    }

    /** The words of {@link #strict} alone, any of them: what snippets highlight. */
    Query shown(Analyzed words) {
        List<Query> perField = new ArrayList<>();
        words.byField().forEach((field, tokens) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            terms(tokens).forEach(t -> any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
            perField.add(any.build());
        });
        return best(perField);
    }

    /** The last try, when no reading of {@link #strict} finds anything: any of the words, typos allowed. */
    Query relaxed(Analyzed words) {
        List<Query> perField = new ArrayList<>();
        words.byField().forEach((field, tokens) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String t : terms(tokens)) {
                any.add(t.length() < FUZZY_MIN_LENGTH ? new TermQuery(new Term(field, t))
                        : new FuzzyQuery(new Term(field, t), t.length() >= TWO_EDITS_LENGTH ? 2 : 1, 1),
                        BooleanClause.Occur.SHOULD);
            }
            perField.add(any.build());
        });
        return best(perField);
    }

    private static Query strict(String field, List<Token> tokens, IntUnaryOperator required) {
        Set<String> terms = terms(tokens);
        BooleanQuery words = anyOf(field, terms, required.applyAsInt(words(terms)));
        if (tokens.size() < 2) {
            return words;
        }
        return new TieredQuery.Field(words, proximity(field, tokens), true).query();
    }

    /**
     * The proximity pairs and the exact-phrase tier of the whole query (at least two tokens), as the optional clauses
     * of a field's query.
     * Each pair of words at most {@value #PAIR_WINDOW} words apart in the query (consecutive ones only in a query of
     * more than {@value #PAIR_WINDOW_MAX_WORDS} words, each then a phrase within {@value NearPair#SLOP} positions)
     * scores {@code 1/d} as much for words {@code d} apart — the nearer in the query, the more their closeness in a
     * text says — as a {@link NearPair}.
     */
    private static List<TieredQuery.Clause> proximity(String field, List<Token> tokens) {
        List<TieredQuery.Clause> out = new ArrayList<>();
        boolean pasted = tokens.size() > PAIR_WINDOW_MAX_WORDS;
        int window = pasted ? 1 : PAIR_WINDOW;
        Set<List<Object>> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            for (int d = 1; d <= window && i + d < tokens.size(); d++) {
                Token a = tokens.get(i);
                Token b = tokens.get(i + d);
                if (!a.term().equals(b.term()) && pairs.add(List.of(a.term(), b.term(), b.position() - a.position()))) {
                    NearPair near = new NearPair(field, a.term(), b.term(), b.position() - a.position());
                    Query pair = pasted ? near.asPhrase() : near;
                    out.add(new TieredQuery.Clause(d == 1 ? pair : new BoostQuery(pair, 1f / d), 0f));
                }
            }
        }
        PhraseQuery.Builder exact = new PhraseQuery.Builder();
        int first = tokens.getFirst().position();
        for (Token t : tokens) {
            exact.add(new Term(field, t.term()), t.position() - first);
        }
        out.add(new TieredQuery.Clause(exact.build(), EXACT_BOOST));
        return out;
    }

    private static Query best(List<Query> perField) {
        return switch (perField.size()) {
            case 0 -> new MatchNoDocsQuery("no word left after analysis");
            case 1 -> perField.getFirst();
            default -> new DisjunctionMaxQuery(perField, 0f);
        };
    }

    private static Set<String> terms(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        tokens.forEach(t -> out.add(t.term()));
        return out;
    }

    /** The tokens of {@code text} as {@code field}'s analyzer makes them at indexing. */
    static List<Token> analyze(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), Math.max(position, 0)));
            }
            ts.end();
        } catch (IOException e) {
            // Analysis of a String reads no file; an IOException here is a bug in an analyzer.
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
