package org.compendium.model;

import java.util.Locale;

/** In what capacity a State (or the European Union) took part in a meeting. */
public enum ParticipationRole {
    /** A Party to the instrument under discussion (the European Union among them). */
    PARTY,
    /** A signatory that is not yet a Party. */
    SIGNATORY,
    /** A State that is neither Party nor signatory, represented by observers. */
    OBSERVER_STATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
