package org.compendium.model;

import java.util.Locale;

/** What kind of UN document a source is. */
public enum DocumentType {
    MEETING_REPORT,
    RESOLUTION,
    DECISION,
    COMPENDIUM,
    SECRETARIAT_REPORT,
    /**
     * The report of a session of the Conference of the Parties, or of another organ (the Commission on Crime
     * Prevention and Criminal Justice): the resolutions and decisions it adopted, or the drafts it recommends to
     * another organ, each a work of its own, and the report's numbered paragraphs.
     */
    SESSION_REPORT,
    /** The Convention or one of its Protocols: chapters, articles, numbered paragraphs, lettered items. */
    TREATY,
    OTHER;

    /** The lower-case, hyphenated name used in exports and on the command line ({@code meeting-report}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DocumentType fromCode(String code) {
        for (DocumentType t : values()) {
            if (t.code().equalsIgnoreCase(code) || t.name().equalsIgnoreCase(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown document type '" + code + "'; expected one of "
                + java.util.Arrays.stream(values()).map(DocumentType::code).toList());
    }
}
