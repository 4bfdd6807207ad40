package org.compendium.themes;

import org.compendium.model.IndexPart;

/**
 * One reference of the index table to a provision of the compendium, as the compendium labels it.
 *
 * @param part  the part it points into
 * @param label the compendium label, e.g. {@code I.22}, {@code V.2.e}, {@code VI.al. 5}, {@code II.n.iii}
 */
public record IndexReference(IndexPart part, String label) {
    /** The roman numeral of the meeting (part A) or session (part B): the label's text before the first dot. */
    public String group() {
        return label.substring(0, label.indexOf('.'));
    }
}
