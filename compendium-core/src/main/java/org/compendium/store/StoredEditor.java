package org.compendium.store;

/**
 * An editor as the store keeps one: a user name and a salted PBKDF2 hash of the password, never the password.
 *
 * @param username   the user name
 * @param hash       the derived key, Base64
 * @param salt       the salt, Base64
 * @param iterations the PBKDF2 iteration count the hash was made with
 */
public record StoredEditor(String username, String hash, String salt, int iterations) {
}
