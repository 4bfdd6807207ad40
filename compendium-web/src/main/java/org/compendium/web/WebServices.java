package org.compendium.web;

import java.util.Objects;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.web.catalogue.SimilarProvisions;

/**
 * What the web application reads from, built by {@code Main} and handed to {@link WebServer#start}.
 *
 * @param catalogue the stored documents, shaped for browsing
 * @param similar   the provisions like a given one (unavailable without a search index)
 */
public record WebServices(Catalogue catalogue, SimilarProvisions similar) {
    public WebServices {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(similar, "similar");
    }
}
