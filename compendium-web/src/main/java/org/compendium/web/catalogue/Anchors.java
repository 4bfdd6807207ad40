package org.compendium.web.catalogue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.compendium.model.Citation;

/**
 * The fragment identifiers of a document page: one per provision, derived from its citation so that a link such as
 * {@code /documents/3#ctoc-cop-wg-7-2021-rec-12} survives re-ingesting the document.
 *
 * <p>Not thread-safe: one instance per outline, so that two citations folding to the same slug still get distinct
 * anchors (the second gets a numeric suffix).
 */
public final class Anchors {
    private final Set<String> used = new HashSet<>();

    /** The anchor of a citation on its own, without regard to collisions. */
    public static String slug(Citation citation) {
        String slug = citation.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        // An id must not be empty, and a leading digit makes it awkward in CSS selectors.
        return "p-" + slug;
    }

    /** A fresh anchor for the next provision of the document. */
    public String next(Citation citation) {
        String base = slug(citation);
        String anchor = base;
        for (int i = 2; !used.add(anchor); i++) {
            anchor = base + "-" + i;
        }
        return anchor;
    }
}
