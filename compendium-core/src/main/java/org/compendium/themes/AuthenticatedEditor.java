package org.compendium.themes;

/**
 * An editor whose password {@link ThemeEditing#authenticate} has checked: proof of a successful login that a web
 * session may keep instead of the password. Only this package can make one, so holding it means the check passed.
 *
 * <p>The proof holds for the credentials checked, not for ever: it keeps a digest of the stored password hash it was
 * checked against ({@link #credentials}), so that once the password is changed or the editor removed — by another
 * process too, e.g. {@code compendium editors password} while the server runs — {@link ThemeEditing#isCurrent}
 * says so and a session holding it ends.
 */
public final class AuthenticatedEditor {
    private final String username;
    private final byte[] credentials;

    AuthenticatedEditor(String username, byte[] credentials) {
        this.username = username;
        this.credentials = credentials.clone();
    }

    /** The digest of the stored credentials this editor was authenticated against. */
    byte[] credentials() {
        return credentials.clone();
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
