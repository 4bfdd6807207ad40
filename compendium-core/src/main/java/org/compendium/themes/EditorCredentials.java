package org.compendium.themes;

import java.util.Arrays;

/**
 * What an editor presents to change themes: a user name and a password. {@link #toString} never shows the password.
 *
 * @param username the user name
 * @param password the password; callers may {@link #clear} it when done
 */
public record EditorCredentials(String username, char[] password) {
    public EditorCredentials {
        password = password == null ? new char[0] : password.clone();
    }

    @Override
    public char[] password() {
        return password.clone();
    }

    /** Overwrites the password in memory. */
    public void clear() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "EditorCredentials[" + username + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditorCredentials other && java.util.Objects.equals(username, other.username)
                && Arrays.equals(password, other.password);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(username, Arrays.hashCode(password));
    }
}
