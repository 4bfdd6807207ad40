package org.compendium.links;

/** A body whose resolutions and decisions provisions refer to, with the shape of the targets it is given. */
public enum Issuer {
    /** The Conference of the Parties to the Convention: {@code COP res. 5/3}, {@code COP dec. 4/5}. */
    COP("COP"),
    /** The General Assembly: {@code A/RES/70/1}. */
    GENERAL_ASSEMBLY("GA"),
    /** The Security Council: {@code S/RES/2698 (2023)}. */
    SECURITY_COUNCIL("SC"),
    /** The Economic and Social Council: {@code ECOSOC res. 2004/27}. */
    ECOSOC("ECOSOC"),
    /** The Commission on Crime Prevention and Criminal Justice: {@code CCPCJ res. 33/1}. */
    CCPCJ("CCPCJ"),
    /** The Human Rights Council: {@code HRC res. 53/6}. */
    HUMAN_RIGHTS_COUNCIL("HRC");

    private final String code;

    Issuer(String code) {
        this.code = code;
    }

    /** Its abbreviation, which starts the printed target of its instruments the model has no work for. */
    public String code() {
        return code;
    }
}
