package org.compendium.web.catalogue;

import org.compendium.model.Provision;
import org.compendium.model.Segment;

/** One line of a document's outline: a section heading or a provision. */
public sealed interface OutlineEntry {
    /**
     * A section heading.
     *
     * @param segment the heading segment
     * @param level   its depth in the section hierarchy, from 1
     */
    record Heading(Segment segment, int level) implements OutlineEntry {
    }

    /**
     * A provision, with its position among the document's provisions and its anchor on the document page.
     *
     * @param provision the provision
     * @param ordinal   its position among the document's provisions, from 0
     * @param anchor    its fragment identifier on the document page
     */
    record Item(Provision provision, int ordinal, String anchor) implements OutlineEntry {
    }
}
