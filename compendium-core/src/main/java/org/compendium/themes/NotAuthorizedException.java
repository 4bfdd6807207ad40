package org.compendium.themes;

/**
 * A refused edit: unknown editor or wrong password. A web layer maps it to 401 (it carries no detail about which, so
 * that user names cannot be probed); nothing was changed.
 */
public final class NotAuthorizedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAuthorizedException(String message) {
        super(message);
    }
}
