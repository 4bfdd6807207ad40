package org.compendium.web;

import java.util.Objects;
import org.compendium.index.ProvisionSearch;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.web.catalogue.Searcher;
import org.compendium.web.catalogue.SimilarProvisions;

/**
 * What the web application reads from, built by {@code Main} and handed to {@link WebServer#start}.
 *
 * @param catalogue the stored documents, shaped for browsing
 * @param similar   the provisions like a given one (unavailable without a search index)
 * @param searcher  the full-text search (unavailable without a search index)
 */
public record WebServices(Catalogue catalogue, SimilarProvisions similar, Searcher searcher) {
    public WebServices {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(similar, "similar");
        Objects.requireNonNull(searcher, "searcher");
    }

    /** The services over a store and, when not null, its search index. */
    public static WebServices of(Catalogue catalogue, ProvisionSearch search) {
        return search == null ? new WebServices(catalogue, SimilarProvisions.unavailable(), Searcher.unavailable())
                : new WebServices(catalogue, SimilarProvisions.of(search), Searcher.of(search));
    }
}
