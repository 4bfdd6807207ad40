package org.compendium.web.catalogue;

import java.util.List;
import org.compendium.model.DateRange;
import org.compendium.store.DocumentSummary;

/**
 * The documents of one working-group meeting or one COP session (or, with both numbers null, the documents of a body
 * that name neither).
 *
 * @param meeting   the working group's meeting number, or null
 * @param session   the COP session number, or null
 * @param dates     the dates of the meeting or session, from the first of its documents that has them, or null
 * @param documents its documents, in store order
 */
public record MeetingGroup(Integer meeting, Integer session, DateRange dates, List<DocumentSummary> documents) {
    public MeetingGroup {
        documents = List.copyOf(documents);
    }
}
