package org.compendium.model;

import java.util.Locale;

/** What an editor decided about one theme of one provision. */
public enum ThemeVerdict {
    /** A suggested or imported theme confirmed. */
    ACCEPTED,
    /** A suggested or imported theme refused: it is never suggested again for that provision. */
    REJECTED,
    /** A theme the editor added that was neither imported nor suggested. */
    ADDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
