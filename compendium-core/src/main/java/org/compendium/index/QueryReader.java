package org.compendium.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.TextFolding;

/**
 * The reader of a request's query: text without operators is read as words ({@link WordsQuery}: stop words dropped
 * per language, most words required, proximity and exact matches first, a typo-tolerant second try when nothing
 * matches); text with an operator ({@link Operators}) is read with Lucene's classic syntax (phrases, AND/OR/NOT, +/-,
 * prefixes, parentheses, field queries) with the field names of {@link SearchFields} and terms joined by AND. Both
 * are filtered by the request's filters. Every parse problem of the classic syntax becomes a
 * {@link QuerySyntaxException} that says how to fix the query; words never fail.
 */
final class QueryReader {
    private final LanguageAnalyzers analyzers;
    private final WordsQuery words;

    QueryReader(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.words = new WordsQuery(analyzers);
    }

    /**
     * One reading of a request's query; a request has one or more, tried in order until one finds enough.
     *
     * @param query  the query to run
     * @param shown  the query whose matches the snippets show: the words one by one for a words query (its proximity
     *               phrases rank, they are not shown as spans across punctuation), else {@code query}
     * @param enough how many matches make this reading the answer; the last reading is the answer whatever it finds
     * @param tiers  {@code query} in parts, when it ranks by tiers ({@link WordsQuery#tiered}): its best provisions
     *               are then found tier by tier ({@link TieredTopDocs}); empty for a query ranked in one pass
     */
    record Attempt(Query query, Query shown, int enough, java.util.Optional<TieredQuery> tiers) {
        Attempt(Query query, Query shown, int enough) {
            this(query, shown, enough, java.util.Optional.empty());
        }

        /** This reading with {@code rewrite} applied to its query (and to each of its parts alike). */
        Attempt map(java.util.function.UnaryOperator<Query> rewrite) {
            java.util.Optional<TieredQuery> mapped = tiers.map(t -> t.map(rewrite));
            return new Attempt(mapped.map(TieredQuery::query).orElseGet(() -> rewrite.apply(query)), shown, enough, mapped);
        }
    }

    /**
     * The readings of a request, in the order to try them: its query text (everything when blank) filtered by its
     * filters. The classic syntax has one reading (it means what it says); words, ordered by relevance, have two:
     * any of the words, those holding most of them first ({@link WordsQuery#ranked}); else, when nothing matched, any
     * of them with typos allowed. Ordered otherwise (by date), words have up to three: most of the words
     * ({@link MinimumShouldMatch}), enough when they fill a first page; else (when that required more than one word)
     * any of the words; else the typos.
     *
     * <p>When the query's language is known ({@code languageFields}: its text field, if the index holds it), the words
     * are first read in that language only — its analyzer, its field — and only if that finds nothing in every text
     * field of {@code allFields}, each with its own analyzer (so a query whose language was misjudged still finds
     * what its words match).
     *
     * <p>Every exact phrase of a reading (a quoted phrase, the words' exact-match bonus) is read by its word pairs
     * where the index holds them ({@link WordPairs}: the same matches, found by term look-ups); the snippets show the
     * phrase of words.
     *
     * @param languageFields the text fields of the query's language, empty when it is not known
     * @param allFields      every text field the index holds
     * @param pairFields     the pair fields the index holds
     * @param ranked         whether the hits are ordered by relevance
     */
    List<Attempt> read(String text, Map<String, List<String>> filters, List<String> languageFields, List<String> allFields,
            java.util.Set<String> pairFields, boolean ranked, ThemeNames themes) throws QuerySyntaxException {
        java.util.function.Function<String, java.util.Optional<String>> pairs =
                field -> analyzers.pairField(field).filter(pairFields::contains);
        return read(text, filters, languageFields, allFields, ranked, themes).stream()
                .map(a -> a.map(q -> WordPairs.rewrite(q, pairs))).toList();
    }

    private List<Attempt> read(String text, Map<String, List<String>> filters, List<String> languageFields,
            List<String> allFields, boolean ranked, ThemeNames themes) throws QuerySyntaxException {
        if (text.isBlank()) {
            Query all = filtered(new MatchAllDocsQuery(), text, filters);
            return List.of(new Attempt(all, all, 0));
        }
        if (Operators.usedIn(text)) {
            Query parsed = filtered(parse(text, languageFields.isEmpty() ? allFields : languageFields), text, filters);
            return List.of(new Attempt(parsed, parsed, 0));
        }
        List<Attempt> out = new ArrayList<>();
        if (!languageFields.isEmpty() && !languageFields.equals(allFields)) {
            WordsQuery.Analyzed inLanguage = words.analyze(text, languageFields);
            if (!inLanguage.byField().isEmpty()) {
                words(inLanguage, text, filters, ranked, themes, out);
            }
        }
        WordsQuery.Analyzed analyzed = words.analyze(text, allFields);
        words(analyzed, text, filters, ranked, themes, out);
        Query relaxed = filtered(words.relaxed(analyzed), text, filters);
        out.add(new Attempt(relaxed, relaxed, 0));
        return List.copyOf(out);
    }

    /**
     * The readings of words without typos: ranked by relevance, one reading of every provision holding any of them,
     * those holding most of them first ({@link WordsQuery#ranked}); in another order (by date), where nothing would
     * push the provisions holding a word or two below the others, those holding most of them
     * ({@link MinimumShouldMatch}), then — when that required more than one word and fills less than a page — any of
     * them.
     */
    private void words(WordsQuery.Analyzed analyzed, String text, Map<String, List<String>> filters, boolean ranked,
            ThemeNames themes, List<Attempt> out) throws QuerySyntaxException {
        Query shown = words.shown(analyzed);
        if (ranked) {
            TieredQuery tiered = words.tiered(analyzed, themes).filteredBy(filters(text, filters));
            out.add(new Attempt(tiered.query(), shown, 1, java.util.Optional.of(tiered)));
            return;
        }
        // Typos are allowed only when nothing matches: a rare word's few exact matches are the answer.
        boolean broader = words.requiresMoreThanOne(analyzed);
        out.add(new Attempt(filtered(words.strict(analyzed, MinimumShouldMatch::of), text, filters), shown,
                broader ? SearchRequest.DEFAULT_LIMIT : 1));
        if (broader) {
            out.add(new Attempt(filtered(words.strict(analyzed, n -> Math.min(n, 1)), text, filters), shown, 1));
        }
    }

    private Query filtered(Query main, String text, Map<String, List<String>> filters) throws QuerySyntaxException {
        if (filters.isEmpty()) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        for (Query filter : filters(text, filters)) {
            b.add(filter, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The request's filters, one query per field, in the request's order. */
    private List<Query> filters(String text, Map<String, List<String>> filters) throws QuerySyntaxException {
        List<Query> out = new ArrayList<>();
        for (var filter : filters.entrySet()) {
            out.add(filter(filter.getKey(), filter.getValue(), text));
        }
        return out;
    }

    private Query filter(String field, List<String> values, String text) throws QuerySyntaxException {
        if (!SearchFields.FILTERS.contains(field)) {
            throw new QuerySyntaxException(text, "unknown filter field '" + field + "'; filter on one of "
                    + String.join(", ", SearchFields.FILTERS), null);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(new TermQuery(new Term(field, TextFolding.keyword(canonical(field, value)))), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** A filter value in the form the index holds: a body or a type by any of the names the model accepts. */
    private static String canonical(String field, String value) {
        try {
            return switch (field) {
                case SearchFields.BODY -> Body.fromCode(value).code();
                case SearchFields.TYPE -> DocumentType.fromCode(value).code();
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /**
     * How deep parentheses may nest. The classic parser descends once per level, so a query nested a few thousand
     * levels deep ran it out of stack (a {@code StackOverflowError}, answered 500 by the server); people write two
     * or three.
     */
    static final int MAX_DEPTH = 32;

    /**
     * The classic syntax, parsed once per text field with that field's analyzer and the parses combined by their best
     * score: a stop word of one language is then dropped from that language's query only, instead of becoming a
     * required term of another field (which made every French query with {@code de} find nothing).
     */
    private Query parse(String text, List<String> fields) throws QuerySyntaxException {
        int depth = depth(text);
        if (depth > MAX_DEPTH) {
            throw new QuerySyntaxException(text, "cannot read the query " + shown(text) + ": its parentheses nest " + depth
                    + " levels deep, more than the " + MAX_DEPTH + " allowed; remove some of the ( ) groups", null);
        }
        List<Query> perField = new ArrayList<>();
        for (String field : fields) {
            QueryParser parser = new FieldCheckingParser(field, analyzers);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                perField.add(parser.parse(text));
            } catch (ParseException e) {
                throw new QuerySyntaxException(text, explain(text, e), e);
            }
        }
        return perField.size() == 1 ? perField.getFirst() : new DisjunctionMaxQuery(perField, 0f);
    }

    /** The deepest nesting of parentheses outside phrases and escapes. */
    static int depth(String text) {
        int depth = 0;
        int max = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                max = Math.max(max, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /**
     * The query as a message quotes it: control characters shown as {@code \\u....} (a message reaches terminals and
     * logs), and at most 80 characters, so that a huge query gives a one-line message.
     */
    static String shown(String text) {
        StringBuilder sb = new StringBuilder("'");
        int limit = 80;
        for (int i = 0; i < text.length() && i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append(text.length() > limit ? "…' (" + text.length() + " characters)" : "'");
        return sb.toString();
    }

    /**
     * Why a query that passes Lucene's clause limit is refused, and what to do: a prefix that matches thousands of
     * words, or a pasted text of hundreds of words.
     */
    static String tooManyTerms(String text) {
        String reason = text.matches("(?s).*\\p{L}\\*.*")
                ? "expands to more than " + IndexSearcher.getMaxClauseCount() + " terms (a prefix such as a* matches "
                        + "thousands of words): make its prefixes longer"
                : "has too many words for one search (" + text.trim().split("\\s+").length
                        + "): search for a sentence or two of it, or quote its most telling phrase";
        return "the query " + shown(text) + " " + reason;
    }

    /** A message for people: the likely mistake first, then how the syntax goes. */
    static String explain(String text, ParseException e) {
        String reason;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith(FieldCheckingParser.UNKNOWN_FIELD)) {
                return "cannot read the query " + shown(text) + ": " + t.getMessage();
            }
            if (t instanceof IndexSearcher.TooManyClauses) {
                return tooManyTerms(text);
            }
        }
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            reason = "a quotation mark is not closed: close the phrase with \"";
        } else if (text.chars().filter(c -> c == '(').count() != text.chars().filter(c -> c == ')').count()) {
            reason = "the parentheses do not balance: close each ( with )";
        } else if (text.matches("(?s).*\\b(AND|OR|NOT)\\s*$") || text.matches("(?s)^\\s*(AND|OR)\\b.*")
                || text.matches("(?s).*\\b(AND|OR|NOT)\\s+(AND|OR)\\b.*")) {
            reason = "AND, OR and NOT must stand between words or phrases (write them in lower case to search for them)";
        } else {
            reason = "a character has a special meaning here: put the words in \"quotes\" or escape it with \\ "
                    + "(special characters: + - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /)";
        }
        return "cannot read the query " + shown(text) + ": " + reason + ". Syntax of a query with operators: words (all must match), \"a phrase\", "
                + "a OR b, a NOT b, +must -mustnot, prefix*, (groups), field:value (fields: "
                + String.join(", ", SearchFields.FILTERS) + "); without quotes, operators, field: or * the query is read "
                + "as plain words";
    }

    /**
     * The classic parser over one text field, with our field names: no field or {@code text} means that text field;
     * a field of {@link SearchFields#FILTERS} is a keyword; any other name is an error rather than a silent empty
     * result.
     */
    private static final class FieldCheckingParser extends QueryParser {
        static final String UNKNOWN_FIELD = "unknown field";

        private final List<String> textFields;

        FieldCheckingParser(String textField, LanguageAnalyzers analyzers) {
            super(textField, analyzers.perField());
            this.textFields = analyzers.textFields();
        }

        private String check(String field) throws ParseException {
            if (field == null || field.equals(SearchFields.TEXT) || field.equals(getField())) {
                return getField();
            }
            if (textFields.contains(field)) {
                return field;
            }
            if (!SearchFields.FILTERS.contains(field)) {
                throw new ParseException(UNKNOWN_FIELD + " '" + field + "' in the query; use one of "
                        + SearchFields.TEXT + ", " + String.join(", ", SearchFields.FILTERS)
                        + " (or escape the colon: \\:)");
            }
            return field;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return super.getFieldQuery(check(field), queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return super.getFieldQuery(check(field), queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(check(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(check(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(check(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            return super.getRangeQuery(check(field), part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(check(field), termStr);
        }
    }
}
