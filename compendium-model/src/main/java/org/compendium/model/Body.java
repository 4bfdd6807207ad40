package org.compendium.model;

/**
 * The intergovernmental body that adopted a document: the Conference of the Parties to the Organized Crime
 * Convention or one of its working groups.
 */
public enum Body {
    COP("COP", "CTOC/COP", "Conférence des Parties"),
    WG_TIP("WG.4", "CTOC/COP/WG.4", "Groupe de travail sur la traite des personnes"),
    WG_SOM("WG.7", "CTOC/COP/WG.7", "Groupe de travail sur le trafic illicite de migrants");

    private final String code;
    private final String symbolPrefix;
    private final String frenchName;

    Body(String code, String symbolPrefix, String frenchName) {
        this.code = code;
        this.symbolPrefix = symbolPrefix;
        this.frenchName = frenchName;
    }

    /** The short code used in exports and filters: {@code COP}, {@code WG.4}, {@code WG.7}. */
    public String code() {
        return code;
    }

    /** The prefix of this body's document symbols, e.g. {@code CTOC/COP/WG.7}. */
    public String symbolPrefix() {
        return symbolPrefix;
    }

    /** The body in URLs and work slugs: {@code cop}, {@code wg4}, {@code wg7}. */
    public String slug() {
        return code.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    }

    /** The body with this {@link #slug}. */
    public static Body fromSlug(String slug) {
        for (Body b : values()) {
            if (b.slug().equals(slug)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown body '" + slug + "'; expected cop, wg4 or wg7");
    }

    /** Whether it is one of the Conference's working groups (which hold meetings, where the Conference holds sessions). */
    public boolean isWorkingGroup() {
        return this != COP;
    }

    public String frenchName() {
        return frenchName;
    }

    /** Accepts a code ({@code WG.7}), a symbol prefix ({@code CTOC/COP/WG.7}) or the enum name. */
    public static Body fromCode(String text) {
        for (Body b : values()) {
            if (b.code.equalsIgnoreCase(text) || b.symbolPrefix.equalsIgnoreCase(text) || b.name().equalsIgnoreCase(text)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown body '" + text + "'; expected COP, WG.4 or WG.7");
    }
}
