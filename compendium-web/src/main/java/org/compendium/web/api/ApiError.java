package org.compendium.web.api;

/**
 * The JSON body of every API error.
 *
 * @param error what went wrong
 * @param hint  what to do about it
 */
public record ApiError(String error, String hint) {
}
