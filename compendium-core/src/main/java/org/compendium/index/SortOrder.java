package org.compendium.index;

import java.util.Locale;

/** How search hits are ordered. */
public enum SortOrder {
    /** Best BM25 score first. */
    RELEVANCE,
    /** Most recent meeting or session first, then best score; provisions without a date last. */
    DATE;

    /** The lower-case name used on the command line and in URLs. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortOrder fromCode(String code) {
        for (SortOrder s : values()) {
            if (s.code().equalsIgnoreCase(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sort '" + code + "'; expected relevance or date");
    }
}
