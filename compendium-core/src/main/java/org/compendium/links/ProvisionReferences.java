package org.compendium.links;

import java.util.List;
import java.util.Optional;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.store.ProvisionHit;

/**
 * The explicit references of stored provisions, read in their document's language and resolved against the store's
 * works. The application service that {@code compendium references} and {@code GET /api/provisions/{c}/references}
 * call.
 */
public final class ProvisionReferences {
    private final DocumentStore store;
    private final StoredWorks works;

    /** Over the store as it is now (its works are read once; editors' verdicts at every call, so a decision shows at once). */
    public ProvisionReferences(DocumentStore store) {
        this.store = store;
        this.works = StoredWorks.of(store);
    }

    /**
     * The references of one stored copy of a provision.
     *
     * @param document   the document holding it
     * @param provision  the provision
     * @param language   the language its references were read in, or empty when no reading of its language is
     *                   written yet (then {@code references} is empty and says nothing about the text)
     * @param references its references in text order, resolved or not
     * @param verdicts   editors' verdicts on its references, by target ({@code links confirm --type reference})
     */
    public record Found(DocumentSummary document, Provision provision, Optional<org.compendium.model.Language> language,
                        List<Reference> references, java.util.Map<String, org.compendium.store.LinkStore.Verdict> verdicts) {
        public Found {
            references = List.copyOf(references);
            verdicts = java.util.Map.copyOf(verdicts);
        }

        /** An editor's verdict on a reference, if any: a rejected resolution is shown, never dropped. */
        public Optional<org.compendium.store.LinkStore.Verdict> verdict(Reference r) {
            return Optional.ofNullable(verdicts.get(r.target()));
        }
    }

    /** The references of every stored provision with this citation, one entry per document holding it. */
    public List<Found> of(Citation citation) {
        LinkEditing.Verdicts verdicts = LinkEditing.verdicts(store, LinkEditing.LinkType.REFERENCE);
        return store.findByCitation(citation).stream().map(hit -> of(hit, verdicts)).toList();
    }

    /** The references of one stored provision. */
    public Found of(ProvisionHit hit) {
        return of(hit, LinkEditing.verdicts(store, LinkEditing.LinkType.REFERENCE));
    }

    private Found of(ProvisionHit hit, LinkEditing.Verdicts verdicts) {
        Optional<ReferenceLanguage> language = ReferenceLanguage.of(hit.document().language());
        List<Reference> refs = language.map(l -> works.resolve(new ReferenceReader(l).read(hit.provision().text(),
                l.protocolOf(hit.document().body(), hit.document().title())))).orElse(List.of());
        java.util.Map<String, org.compendium.store.LinkStore.Verdict> decided = new java.util.HashMap<>();
        for (Reference r : refs) {
            verdicts.of(hit.provision().citation(), r.target()).ifPresent(d -> decided.put(r.target(), d.verdict()));
        }
        return new Found(hit.document(), hit.provision(), language.map(l -> hit.document().language()), refs, decided);
    }
}
