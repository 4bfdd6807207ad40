package org.compendium.store;

import org.compendium.model.Body;
import org.compendium.model.DocumentType;

/**
 * Which stored documents a query is about; every criterion is optional (null matches anything) and all given
 * criteria must hold.
 *
 * @param type    the document type, or null
 * @param body    the adopting body, or null
 * @param meeting a working group's meeting number, or null
 * @param session a COP session number, or null
 * @param year    the year the meeting or session began, or null (documents without dates never match a year)
 */
public record DocumentFilter(DocumentType type, Body body, Integer meeting, Integer session, Integer year) {
    /** The filter that matches every document. */
    public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null, null);

    public DocumentFilter withType(DocumentType t) {
        return new DocumentFilter(t, body, meeting, session, year);
    }

    public DocumentFilter withBody(Body b) {
        return new DocumentFilter(type, b, meeting, session, year);
    }

    public DocumentFilter withMeeting(Integer m) {
        return new DocumentFilter(type, body, m, session, year);
    }

    public DocumentFilter withSession(Integer s) {
        return new DocumentFilter(type, body, meeting, s, year);
    }

    public DocumentFilter withYear(Integer y) {
        return new DocumentFilter(type, body, meeting, session, y);
    }
}
