package org.compendium.web.catalogue;

import java.util.List;
import org.compendium.links.ProvisionReferences;
import org.compendium.model.Citation;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * The links of stored provisions as the web application reads them: their explicit references. The store's works
 * that references resolve against are read once and again only when the stored documents change (an import, a
 * replaced copy), checked by the documents' ids and digests — one small query a request.
 */
public final class ProvisionLinks {
    private final DocumentStore store;
    private List<String> version;
    private ProvisionReferences references;

    public ProvisionLinks(DocumentStore store) {
        this.store = store;
    }

    /** The references of every stored provision with this citation, one entry per document; empty when none. */
    public List<ProvisionReferences.Found> references(Citation citation) {
        return current().of(citation);
    }

    private synchronized ProvisionReferences current() {
        List<String> now = store.list(DocumentFilter.ALL).stream().map(d -> d.id() + ":" + d.sha256()).toList();
        if (references == null || !now.equals(version)) {
            references = new ProvisionReferences(store);
            version = now;
        }
        return references;
    }
}
