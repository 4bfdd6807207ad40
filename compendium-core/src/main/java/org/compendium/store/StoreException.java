package org.compendium.store;

/**
 * A failure of the document store, with a message meant for the person running Compendium (what went wrong, and
 * where possible what to do about it).
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
