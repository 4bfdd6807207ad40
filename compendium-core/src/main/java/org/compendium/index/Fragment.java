package org.compendium.index;

/**
 * One piece of a snippet: raw provision text, either a match to highlight or plain context. The text is never
 * escaped or marked up here; whoever renders it (terminal, HTML) escapes it for its medium.
 *
 * @param text        the raw text, as stored
 * @param highlighted whether it matched the query
 */
public record Fragment(String text, boolean highlighted) {
    public Fragment {
        if (text == null) {
            throw new IllegalArgumentException("a fragment needs text");
        }
    }
}
