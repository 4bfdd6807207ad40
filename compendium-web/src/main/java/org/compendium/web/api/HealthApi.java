package org.compendium.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.function.Supplier;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.LineageAtIngest;
import org.compendium.links.LineageJob;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreException;

/**
 * {@code GET /health}: whether the store answers and whether the search index the server searches shows the store's
 * latest state, as JSON for monitoring. 200 with {@code status} {@code ok}, {@code index-lagging} (the searcher shows
 * an older store generation) or {@code no-index}; 503 with {@code store-error} when the store cannot be read. With a
 * search index, {@code lineage} says how the lineage step stands: the documents still {@code pending}, and when the
 * server's background job runs ({@link LineageJob}), whether it is {@code running}, how far ({@code done} of
 * {@code of}), its last run and its last error.
 */
public final class HealthApi {
    private final DocumentStore store;
    private final ProvisionSearch search;
    private final Supplier<Optional<LineageJob.Status>> lineage;

    /**
     * @param search  the server's searcher, or null when it runs without an index
     * @param lineage what the background lineage job is doing, empty when none runs
     */
    public HealthApi(DocumentStore store, ProvisionSearch search, Supplier<Optional<LineageJob.Status>> lineage) {
        this.store = store;
        this.search = search;
        this.lineage = lineage;
    }

    public void health(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        long generation;
        Map<String, Object> stored = new LinkedHashMap<>();
        try {
            generation = store.generation();
            stored.put("documents", store.documentCount());
            stored.put("provisions", store.provisionCount());
            stored.put("generation", generation);
        } catch (StoreException e) {
            out.put("status", "store-error");
            out.put("store", Map.of("error", e.getMessage()));
            ctx.status(503).json(out);
            return;
        }
        String status = "no-index";
        Map<String, Object> index = null;
        if (search != null) {
            OptionalLong indexed = search.generation();
            boolean inStep = indexed.isPresent() && indexed.getAsLong() == generation;
            index = new LinkedHashMap<>();
            index.put("provisions", search.size());
            index.put("generation", indexed.isPresent() ? indexed.getAsLong() : null);
            index.put("inStep", inStep);
            status = inStep ? "ok" : "index-lagging";
        }
        out.put("status", status);
        out.put("store", stored);
        out.put("index", index);
        out.put("lineage", search == null ? null : lineage());
        ctx.json(out);
    }

    /** The lineage step: documents pending (durable, in the store) and the background job's progress. */
    private Map<String, Object> lineage() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pending", store.lineage().pending().size());
        lineage.get().ifPresent(s -> {
            out.put("running", s.running());
            out.put("done", s.done());
            out.put("of", s.of());
            out.put("runs", s.runs());
            out.put("last", s.last().map(LineageAtIngest.Report::describe).orElse(null));
            out.put("finished", s.finished() == null ? null : s.finished().toString());
            out.put("error", s.error());
        });
        return out;
    }
}
