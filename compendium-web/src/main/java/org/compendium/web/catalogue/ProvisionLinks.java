package org.compendium.web.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.Lineage;
import org.compendium.links.LineageAtIngest;
import org.compendium.links.LineageJob;
import org.compendium.links.LinkEditing;
import org.compendium.links.WorkDates;
import org.compendium.links.MandateDelivery;
import org.compendium.links.ProvisionReferences;
import org.compendium.links.ResolutionMandates;
import org.compendium.model.Citation;
import org.compendium.model.Work;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * The links of stored provisions as the web application reads them: their explicit references, their lineage (with
 * the search index), and the mandates of a resolution with their delivery. What they are computed from (the store's works, its resolutions and reports) is read
 * once and again only when the stored documents change (an import, a replaced copy), checked by the documents' ids
 * and digests — one small query a request.
 */
public final class ProvisionLinks {
    private final DocumentStore store;
    private final ProvisionSearch search;
    private List<String> version;
    private ProvisionReferences references;
    /** The works' dates, read with the references and again when the stored documents change. */
    private WorkDates dates;
    private final Map<Work, List<MandateDelivery.Delivery>> mandates = new HashMap<>();
    /** One lineage run at a time: a page and an upload may both find documents pending. */
    private final Object lineageLock = new Object();
    /** The background lineage step, once the server started it; null before (and in tests that run it inline). */
    private volatile LineageJob job;

    /** Without a search index: references and mandates only, no lineage. */
    public ProvisionLinks(DocumentStore store) {
        this(store, null);
    }

    /** With the search index lineage takes its candidates from, or null without one. */
    public ProvisionLinks(DocumentStore store, ProvisionSearch search) {
        this.store = store;
        this.search = search;
    }

    /**
     * The lineage of the cited provision with the editors' decisions as they stand now; empty without a search index
     * or when the index holds no provision with that citation.
     */
    public Optional<Lineage.Timeline> lineage(Citation citation) {
        if (search == null) {
            return Optional.empty();
        }
        WorkDates workDates;
        synchronized (this) {
            current();
            if (dates == null) {
                dates = WorkDates.of(store);
            }
            workDates = dates;
        }
        LineageJob background = job;
        if (background != null) {
            background.request(); // off this request: the page shows what is stored, /health how far the job got
        } else {
            findPendingLineage();
        }
        // The links are read from the store, the decisions on every call: an editor's verdict shows on the next page.
        return Lineage.stored(store, search, workDates).of(citation);
    }

    /**
     * Finds and stores the lineage of the stored documents whose lineage is pending (uploaded, or ingested by another
     * process while this one serves), once the index holds them; empty without a search index.
     */
    public Optional<LineageAtIngest.Report> findPendingLineage() {
        if (search == null) {
            return Optional.empty();
        }
        synchronized (lineageLock) {
            return Optional.of(LineageAtIngest.run(store, search));
        }
    }

    /**
     * Starts finding the lineage of pending documents in the background (the server's way: {@link LineageJob}); from
     * then on an upload or a lineage page asks the job instead of running the step on its own thread. Without a
     * search index there is nothing to start.
     *
     * @return the job, for the server to stop; empty without a search index
     */
    public synchronized Optional<LineageJob> startLineageJob(java.time.Duration period) {
        if (search == null) {
            return Optional.empty();
        }
        if (job == null) {
            job = LineageJob.start(progress -> {
                synchronized (lineageLock) {
                    return LineageAtIngest.run(store, search, progress);
                }
            }, period);
        }
        return Optional.of(job);
    }

    /** What the background lineage job is doing, or empty when none runs (no index, or not started). */
    public Optional<LineageJob.Status> lineageStatus() {
        LineageJob background = job;
        return background == null ? Optional.empty() : Optional.of(background.status());
    }

    /**
     * After an upload was indexed: its lineage asked of the background job, or found at once when none runs; the line
     * to tell the editor, empty without a search index.
     */
    public Optional<String> lineageAfterUpload() {
        LineageJob background = job;
        if (background != null) {
            background.request();
            return Optional.of("lineage: being found in the background (GET /health shows how far it got)");
        }
        return findPendingLineage().map(LineageAtIngest.Report::describe);
    }

    /** The editors' decisions on links, over the same store. */
    public LinkEditing editing() {
        return new LinkEditing(store, java.time.Clock.systemUTC());
    }

    /** Whether lineage can be computed (the server has a search index). */
    public boolean lineageAvailable() {
        return search != null;
    }

    /** The references of every stored provision with this citation, one entry per document; empty when none. */
    public List<ProvisionReferences.Found> references(Citation citation) {
        return current().of(citation);
    }

    /** The mandates of a COP resolution or decision with what the stored reports say of them; empty when none. */
    public synchronized List<MandateDelivery.Delivery> mandates(Work.CopInstrument resolution) {
        current();
        ResolutionMandates service = new ResolutionMandates(store);
        // What is computed is kept until the documents change; editors' decisions are applied on every call.
        return service.settled(mandates.computeIfAbsent(resolution, service::computed));
    }

    private synchronized ProvisionReferences current() {
        List<String> now = store.list(DocumentFilter.ALL).stream().map(d -> d.id() + ":" + d.sha256()).toList();
        if (references == null || !now.equals(version)) {
            references = new ProvisionReferences(store);
            dates = null;
            mandates.clear();
            version = now;
        }
        return references;
    }
}
