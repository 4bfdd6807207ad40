package org.compendium.model;

import java.util.List;
import java.util.Locale;

/** The United Nations Convention against Transnational Organized Crime and its three Protocols. */
public enum TreatyInstrument {
    CONVENTION("UNTOC", "untoc", List.of("untoc", "convention", "organized crime convention")),
    TRAFFICKING_PROTOCOL("TIP Protocol", "tip-protocol", List.of("tip protocol", "trafficking in persons protocol", "trafficking protocol")),
    SMUGGLING_PROTOCOL("SOM Protocol", "som-protocol", List.of("som protocol", "smuggling of migrants protocol", "migrants protocol", "smuggling protocol")),
    FIREARMS_PROTOCOL("Firearms Protocol", "firearms-protocol", List.of("firearms protocol"));

    private final String citation;
    private final String slug;
    private final List<String> typed;

    TreatyInstrument(String citation, String slug, List<String> typed) {
        this.citation = citation;
        this.slug = slug;
        this.typed = typed;
    }

    /** How a citation names it: {@code SOM Protocol art. 6(1)(a)}. */
    public String citation() {
        return citation;
    }

    public String slug() {
        return slug;
    }

    /** The instrument a citation's work part names (any case), or null. */
    public static TreatyInstrument fromCitation(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (TreatyInstrument i : values()) {
            if (i.typed.contains(t)) {
                return i;
            }
        }
        return null;
    }

    /** The instrument with this slug, or null. */
    public static TreatyInstrument fromSlug(String slug) {
        for (TreatyInstrument i : values()) {
            if (i.slug.equals(slug)) {
                return i;
            }
        }
        return null;
    }
}
