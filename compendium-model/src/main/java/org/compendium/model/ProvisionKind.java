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
    /** A numbered paragraph of a report. */
    PARAGRAPH;

    /** The lower-case name used in exports: {@code recommendation}, {@code preambular}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
