package org.compendium.store;

import java.time.Instant;

/**
 * An editor as {@code editors list} shows one: the user name and when the account was made; never the hash.
 *
 * @param username the user name
 * @param created  when the editor was added
 */
public record EditorSummary(String username, Instant created) {
}
