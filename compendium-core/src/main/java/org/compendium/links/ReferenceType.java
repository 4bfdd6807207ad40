package org.compendium.links;

import java.util.Locale;

/** What an explicit reference in a provision names. */
public enum ReferenceType {
    /** A resolution of the Conference of the Parties ({@code sa résolution 5/3}). */
    COP_RESOLUTION,
    /** A decision of the Conference of the Parties ({@code la décision 4/5}). */
    COP_DECISION,
    /** A resolution of the General Assembly ({@code résolution 70/1 de l'Assemblée générale}). */
    GA_RESOLUTION,
    /** A resolution of the Security Council ({@code sa résolution 2698 (2023)}). */
    SC_RESOLUTION,
    /** A resolution or decision of another body, or of a body the text does not make clear. */
    OTHER_INSTRUMENT,
    /** An article (and paragraph) of a treaty ({@code article 6 du Protocole relatif aux migrants}). */
    TREATY_ARTICLE,
    /** A UN document symbol ({@code CTOC/COP/WG.7/2021/3}). */
    DOCUMENT_SYMBOL;

    /** The lower-case code with hyphens, as JSON and the command line show it ({@code cop-resolution}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
