package org.compendium.index;

import org.compendium.model.TextFolding;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;

/**
 * The reader of the query syntax: Lucene's classic syntax (phrases, AND/OR/NOT, +/-, prefixes, parentheses, field
 * queries) over the provision text of every language, with the field names of {@link SearchFields}, terms joined by
 * AND by default, plus the request's filters. Every parse problem becomes a {@link QuerySyntaxException} that says
 * how to fix the query.
 */
final class QueryReader {
    private final LanguageAnalyzers analyzers;

    QueryReader(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The Lucene query of a request: its query text (everything when blank) filtered by its filters. */
    Query read(String text, Map<String, List<String>> filters) throws QuerySyntaxException {
        Query main = text.isBlank() ? new MatchAllDocsQuery() : parse(text);
        if (filters.isEmpty()) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        for (var filter : filters.entrySet()) {
            b.add(filter(filter.getKey(), filter.getValue(), text), BooleanClause.Occur.FILTER);
        }
        return b.build();
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

    private Query parse(String text) throws QuerySyntaxException {
        QueryParser parser = new FieldCheckingParser(analyzers);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new QuerySyntaxException(text, explain(text, e), e);
        }
    }

    /** A message for people: the likely mistake first, then how the syntax goes. */
    static String explain(String text, ParseException e) {
        String reason;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith(FieldCheckingParser.UNKNOWN_FIELD)) {
                return "cannot read the query '" + text + "': " + t.getMessage();
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
        return "cannot read the query '" + text + "': " + reason + ". Syntax: words (all must match), \"a phrase\", "
                + "a OR b, a NOT b, +must -mustnot, prefix*, (groups), field:value (fields: "
                + String.join(", ", SearchFields.FILTERS) + ")";
    }

    /**
     * The classic parser with our field names: no field or {@code text} means the text of every language; a field of
     * {@link SearchFields#FILTERS} is a keyword; any other name is an error rather than a silent empty result.
     */
    private static final class FieldCheckingParser extends MultiFieldQueryParser {
        static final String UNKNOWN_FIELD = "unknown field";

        private final List<String> textFields;

        FieldCheckingParser(LanguageAnalyzers analyzers) {
            super(analyzers.textFields().toArray(String[]::new), analyzers.perField());
            this.textFields = analyzers.textFields();
        }

        private String check(String field) throws ParseException {
            if (field == null || field.equals(SearchFields.TEXT)) {
                return null;
            }
            if (textFields.contains(field)) {
                // The multi-field parser calls back with each language's text field.
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
