package org.compendium.store;

/**
 * A failure of the document store, with a message meant for the person running Compendium (what went wrong, and
 * where possible what to do about it).
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean inUse;

    public StoreException(String message) {
        this(message, null, false);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean inUse) {
        super(message, cause);
        this.inUse = inUse;
    }

    /** The store is open in another process (which then keeps it, and its index, up to date itself). */
    static StoreException inUse(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    /** Whether the store could not be opened because another process has it open. */
    public boolean inUse() {
        return inUse;
    }
}
