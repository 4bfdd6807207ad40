package org.compendium.publish;

import org.compendium.model.Body;

/**
 * What to publish.
 *
 * @param body     the working group whose compendium it is ({@code WG.7})
 * @param meetings the meetings of part A, or null for those of the stored compendium
 * @param sessions the sessions of part B, or null for those of the stored compendium
 * @param language the ISO 639-1 code of the edition ({@code fr})
 */
public record EditionRequest(Body body, NumberRange meetings, NumberRange sessions, String language) {
    public EditionRequest {
        if (body == null || body == Body.COP) {
            throw new IllegalArgumentException("an edition is the compendium of a working group: WG.4 or WG.7");
        }
        language = language == null ? "fr" : language;
    }
}
