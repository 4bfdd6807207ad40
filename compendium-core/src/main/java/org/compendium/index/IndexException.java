package org.compendium.index;

/** A problem with the search index itself (missing, locked, unreadable); its message says what to do. */
public final class IndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
