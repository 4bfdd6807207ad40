package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.model.Citation;

/** The citation argument of {@code show} and {@code similar}: parsed, or explained on stderr. */
final class CitationArgument {
    private CitationArgument() {
    }

    /** The citation typed, or null after printing the expected shapes as {@code compendium COMMAND: ...}. */
    static Citation parse(String text, String command, PrintWriter err) {
        try {
            return Citation.parse(text);
        } catch (IllegalArgumentException e) {
            err.println("compendium " + command + ": " + e.getMessage());
            return null;
        }
    }
}
