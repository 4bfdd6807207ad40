package org.compendium.web;

import java.time.Clock;
import java.util.Objects;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.store.DocumentStore;
import org.compendium.themes.ThemeEditing;
import org.compendium.web.api.HealthApi;
import org.compendium.web.catalogue.Catalogue;
import org.compendium.web.catalogue.Drafting;
import org.compendium.web.catalogue.ProvisionLinks;
import org.compendium.web.catalogue.Searcher;
import org.compendium.web.catalogue.SimilarProvisions;
import org.compendium.web.catalogue.ThemeCatalogue;
import org.compendium.web.catalogue.ThemeChanges;
import org.compendium.web.catalogue.ThemeConsistency;
import org.compendium.web.catalogue.ThemeSuggestions;
import org.compendium.web.ops.ServerMetrics;
import org.compendium.web.catalogue.Uploads;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;

/**
 * What the web application reads from and writes through, built by {@code Main} and handed to {@link WebServer#start}.
 *
 * @param catalogue   the stored documents, shaped for browsing
 * @param similar     the provisions like a given one (unavailable without a search index)
 * @param searcher    the full-text search (unavailable without a search index)
 * @param themes      the theme index and a provision's themes
 * @param suggestions theme suggestions for unthemed provisions, cached
 * @param consistency near-identical indexed provisions themed differently, for editors, cached
 * @param editing     editors' authentication and audited decisions
 * @param changes     the decisions of the web application, with the search index update
 * @param health      {@code GET /health}: the store and the index, in step or not
 * @param drafting    the drafting assistant (unavailable without a search index)
 * @param links       the links of provisions: their references, lineage and mandates
 * @param metrics     {@code GET /metrics}: requests, latencies, ingests, store and index sizes
 * @param uploads     documents editors upload, ingested and indexed
 */
public record WebServices(Catalogue catalogue, SimilarProvisions similar, Searcher searcher, ThemeCatalogue themes,
                          ThemeSuggestions suggestions, ThemeConsistency consistency, ThemeEditing editing,
                          ThemeChanges changes, HealthApi health, Drafting drafting, ProvisionLinks links,
                          ServerMetrics metrics, Uploads uploads) {
    public WebServices {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(similar, "similar");
        Objects.requireNonNull(searcher, "searcher");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(editing, "editing");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(drafting, "drafting");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(uploads, "uploads");
    }

    /** The services over a store and, when not null, its search index (in the store's data folder). */
    public static WebServices of(DocumentStore store, ProvisionSearch search) {
        ThemeEditing editing = new ThemeEditing(store, Clock.systemUTC());
        ServerMetrics metrics = new ServerMetrics(new ServerMetrics.Sources(store::documentCount, store::provisionCount,
                store::generation, search == null ? () -> -1 : search::size, store.dataDir()));
        ThemeChanges changes = new ThemeChanges(editing, store,
                search == null ? null : ProvisionIndex.folder(store.dataDir()), search);
        ProvisionLinks links = new ProvisionLinks(store, search);
        return new WebServices(new Catalogue(store),
                search == null ? SimilarProvisions.unavailable() : SimilarProvisions.of(search),
                search == null ? Searcher.unavailable() : Searcher.of(search, ProvisionIndex.folder(store.dataDir())),
                new ThemeCatalogue(store), new ThemeSuggestions(store), new ThemeConsistency(store), editing, changes,
                new HealthApi(store, search, links::lineageStatus), search == null ? Drafting.unavailable() : Drafting.of(search), links,
                metrics, new Uploads(store, new SourceReader(), new DocumentParser(), changes.indexing(),
                        stored -> metrics.ingest(stored ? "ok" : "rejected"), links::lineageAfterUpload));
    }
}
