package org.compendium.publish;

/** The store lacks what an edition is made from (the compendium, or its imported index); the message says what to run. */
public final class MissingInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingInputException(String message) {
        super(message);
    }
}
