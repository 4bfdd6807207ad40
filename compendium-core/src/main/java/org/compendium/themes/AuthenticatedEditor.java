package org.compendium.themes;

/**
 * An editor whose password {@link ThemeEditing#authenticate} has checked: proof of a successful login that a web
 * session may keep instead of the password. Only this package can make one, so holding it means the check passed.
 */
public final class AuthenticatedEditor {
    private final String username;

    AuthenticatedEditor(String username) {
        this.username = username;
    }

    /** The editor's user name. */
    public String username() {
        return username;
    }

    @Override
    public String toString() {
        return "AuthenticatedEditor[" + username + "]";
    }
}
