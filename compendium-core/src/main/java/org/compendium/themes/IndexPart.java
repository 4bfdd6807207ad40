package org.compendium.themes;

/** The two parts of a compendium, as its index cites them: working-group recommendations, and COP instruments. */
public enum IndexPart {
    /** Partie A: recommendations of the working group's meetings, by meeting (roman numeral) and number. */
    A,
    /** Partie B: resolutions and decisions of the Conference of the Parties, by session (roman numeral). */
    B
}
