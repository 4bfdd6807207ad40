package org.compendium.index;

/**
 * A search query that cannot be read, with a message for people: what is wrong and how to write it instead (never a
 * parser's token dump).
 */
public final class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String query;

    public QuerySyntaxException(String query, String message, Throwable cause) {
        super(message, cause);
        this.query = query;
    }

    /** The query as the user typed it. */
    public String query() {
        return query;
    }
}
