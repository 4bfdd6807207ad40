package org.compendium.model;

/**
 * The two parts of a compendium and of its thematic index: the working group's recommendations, and the Conference's
 * resolutions and decisions on the same subject.
 */
public enum IndexPart {
    /** Part A: recommendations of the working group's meetings, by meeting (roman numeral) and number. */
    A,
    /** Part B: resolutions and decisions of the Conference of the Parties, by session (roman numeral). */
    B;

    /** The part a provision of {@code work} belongs to: B for the Conference's instruments, A for the rest. */
    public static IndexPart of(Work work) {
        return work instanceof Work.CopInstrument ? B : A;
    }
}
