package org.compendium.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.compendium.index.ProvisionSearch;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreException;

/**
 * {@code GET /health}: whether the store answers and whether the search index the server searches shows the store's
 * latest state, as JSON for monitoring. 200 with {@code status} {@code ok}, {@code index-lagging} (the searcher shows
 * an older store generation) or {@code no-index}; 503 with {@code store-error} when the store cannot be read.
 */
public final class HealthApi {
    private final DocumentStore store;
    private final ProvisionSearch search;

    /** @param search the server's searcher, or null when it runs without an index */
    public HealthApi(DocumentStore store, ProvisionSearch search) {
        this.store = store;
        this.search = search;
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
        ctx.json(out);
    }
}
