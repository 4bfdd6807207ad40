package org.compendium.model;

import java.util.Locale;

/** The file format a document was read from. */
public enum SourceFormat {
    TEXT, MARKDOWN, PDF, DOCX;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
