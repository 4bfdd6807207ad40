package org.compendium.ingest;

/**
 * A source that cannot be ingested, with a message for people: which file, why, and what to do next.
 * This is the only checked error the ingest and parse stages throw for bad input.
 */
public final class RejectedInputException extends Exception {
    private final String source;
    private final String reason;
    private final String advice;

    public RejectedInputException(String source, String reason, String advice) {
        this(source, reason, advice, null);
    }

    public RejectedInputException(String source, String reason, String advice, Throwable cause) {
        super(source + ": " + reason + (advice == null || advice.isBlank() ? "" : ". " + advice), cause);
        this.source = source;
        this.reason = reason;
        this.advice = advice == null ? "" : advice;
    }

    /** The file name or path that was rejected. */
    public String source() {
        return source;
    }

    /** Why it was rejected, e.g. "the file is empty". */
    public String reason() {
        return reason;
    }

    /** What the user can do next, e.g. "export it again from the original". */
    public String advice() {
        return advice;
    }
}
