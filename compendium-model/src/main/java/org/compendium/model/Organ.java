package org.compendium.model;

/**
 * The United Nations organs that adopt, or recommend for adoption, the resolutions and decisions the compendium reads:
 * besides the Conference of the Parties, the intergovernmental organs above it. None of them but the Conference is a
 * {@link Body} of the Convention, so their instruments carry no body; a report reproducing drafts says which organ
 * recommends each and to which (the Commission on Crime Prevention and Criminal Justice recommends to the Economic
 * and Social Council a draft resolution for adoption by the General Assembly).
 */
public enum Organ {
    CONFERENCE_OF_THE_PARTIES("cop"),
    COMMISSION_ON_CRIME_PREVENTION("ccpcj"),
    ECONOMIC_AND_SOCIAL_COUNCIL("ecosoc"),
    GENERAL_ASSEMBLY("ga");

    private final String code;

    Organ(String code) {
        this.code = code;
    }

    /** The short code used in exports: {@code cop}, {@code ccpcj}, {@code ecosoc}, {@code ga}. */
    public String code() {
        return code;
    }

    /** The organ with this {@link #code} or enum name, in any case. */
    public static Organ fromCode(String text) {
        for (Organ o : values()) {
            if (o.code.equalsIgnoreCase(text) || o.name().equalsIgnoreCase(text)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown organ '" + text + "'; expected one of "
                + java.util.Arrays.stream(values()).map(Organ::code).toList());
    }
}
