package org.compendium.web.catalogue;

import java.util.List;
import org.compendium.model.Body;

/**
 * The stored documents of one body, by meeting or session.
 *
 * @param body     the body, or null for documents whose body was not recognised
 * @param meetings its meetings or sessions in ascending order, then the group without a number (if any)
 */
public record BodyGroup(Body body, List<MeetingGroup> meetings) {
    public BodyGroup {
        meetings = List.copyOf(meetings);
    }
}
