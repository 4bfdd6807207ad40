package org.compendium.model;

import java.util.Locale;

/** The role a provision plays in its document. */
public enum ProvisionKind {
    /** A working-group recommendation. */
    RECOMMENDATION,
    /** A preambular paragraph of a resolution ("Rappelant ..."), numbered {@code al. N} in compendiums. */
    PREAMBULAR,
    /** An operative paragraph of a resolution or decision ("Prie instamment ..."). */
    OPERATIVE,
    /** A lettered or roman sub-paragraph of another provision. */
    SUBPARAGRAPH,
    /** A numbered paragraph of a report, or a numbered or lettered paragraph of a treaty article. */
    PARAGRAPH,
    /** An article of a treaty: its heading, title and own words ({@code Article 6 Criminalization}). */
    ARTICLE;

    /** The lower-case name used in exports: {@code recommendation}, {@code preambular}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
