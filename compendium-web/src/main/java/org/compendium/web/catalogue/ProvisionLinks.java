package org.compendium.web.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.Lineage;
import org.compendium.links.LineageAtIngest;
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
        findPendingLineage();
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
