package org.compendium.links;

/** A body whose resolutions and decisions provisions refer to, with the shape of the targets it is given. */
public enum Issuer {
    /** The Conference of the Parties to the Convention: {@code COP res. 5/3}, {@code COP dec. 4/5}. */
    COP,
    /** The General Assembly: {@code A/RES/70/1}. */
    GENERAL_ASSEMBLY,
    /** The Security Council: {@code S/RES/2698 (2023)}. */
    SECURITY_COUNCIL,
    /** The Economic and Social Council: {@code E/RES/2004/...}. */
    ECOSOC,
    /** The Commission on Crime Prevention and Criminal Justice: {@code CCPCJ res. 33/1}. */
    CCPCJ,
    /** The Human Rights Council: {@code A/HRC/RES/53/6}. */
    HUMAN_RIGHTS_COUNCIL
}
