package org.compendium.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Work;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.LinkStore;

/**
 * The application service of mandates: a stored resolution's (or decision's) mandates and what the stored
 * Secretariat reports say of them. What {@code compendium mandates}, the API and the resolution's page call.
 */
public final class ResolutionMandates {
    private final DocumentStore store;

    public ResolutionMandates(DocumentStore store) {
        this.store = store;
    }

    /**
     * The resolution's mandates with their delivery as editors settled it, in the resolution's order: a rejected
     * report link left out, a confirmed one kept (or added when not found) and marked; each status read again from its
     * links. Empty when the store holds no provision of the resolution.
     */
    public List<MandateDelivery.Delivery> of(Work resolution) {
        return settled(computed(resolution));
    }

    /** Deliveries as computed ({@link #computed}) with the editors' delivery decisions as they stand now applied. */
    public List<MandateDelivery.Delivery> settled(List<MandateDelivery.Delivery> computed) {
        if (computed.isEmpty()) {
            return computed;
        }
        LinkEditing.Verdicts verdicts = LinkEditing.verdicts(store, LinkEditing.LinkType.DELIVERY);
        List<MandateDelivery.Delivery> out = new ArrayList<>();
        for (MandateDelivery.Delivery d : computed) {
            Citation mandate = d.mandate().citation();
            List<MandateDelivery.Link> settled = new ArrayList<>();
            for (MandateDelivery.Link l : d.links()) {
                var verdict = verdicts.of(mandate, l.paragraph().toString()).map(LinkStore.Decision::verdict);
                if (verdict.isEmpty()) {
                    settled.add(l);
                } else if (verdict.get() == LinkStore.Verdict.CONFIRMED) {
                    settled.add(new MandateDelivery.Link(l.paragraph(), l.explicit(), l.similarity(), l.sentence(), l.notDone(), true));
                }
            }
            for (LinkStore.Decision decision : verdicts.naming(mandate)) {
                Citation paragraph = Citation.parse(decision.target());
                if (decision.verdict() == LinkStore.Verdict.CONFIRMED && decision.source().equals(mandate.toString())
                        && settled.stream().noneMatch(l -> l.paragraph().equals(paragraph))) {
                    store.findByCitation(paragraph).stream().findFirst().ifPresent(hit -> settled.add(new MandateDelivery.Link(
                            paragraph, false, 0, hit.provision().text(), false, true)));
                }
            }
            out.add(d.with(settled));
        }
        return out;
    }

    /**
     * The resolution's mandates with their delivery as computed, before editors' decisions (what the evaluation
     * measures); a resolution reproduced in several documents (a compendium) counts each provision once.
     */
    public List<MandateDelivery.Delivery> computed(Work resolution) {
        Map<Citation, Provision> own = new LinkedHashMap<>();
        List<Provision> reports = new ArrayList<>();
        List<ParsedDocument> languages = new ArrayList<>();
        store.forEach(DocumentFilter.ALL, doc -> {
            for (Provision p : doc.provisions()) {
                if (resolution.equals(p.citation().work()) && own.putIfAbsent(p.citation(), p) == null && languages.isEmpty()) {
                    languages.add(doc);
                }
            }
            if (doc.metadata().type() == DocumentType.SECRETARIAT_REPORT) {
                reports.addAll(doc.provisions());
            }
        });
        if (own.isEmpty()) {
            return List.of();
        }
        var language = languages.getFirst().metadata().language();
        MandateLanguage mandateLanguage = MandateLanguage.of(language).orElse(null);
        ReferenceLanguage referenceLanguage = ReferenceLanguage.of(language).orElse(null);
        if (mandateLanguage == null || referenceLanguage == null) {
            throw new IllegalArgumentException("the mandates of a resolution in " + language + " are read, but what the "
                    + "reports say of them is not yet (it needs the references of that language, read in French only); "
                    + "ingest the French version of the resolution and of the reports");
        }
        MandateReader reader = new MandateReader(mandateLanguage);
        List<Mandate> mandates = own.values().stream().flatMap(p -> reader.read(p).stream()).toList();
        return new MandateDelivery(mandateLanguage, referenceLanguage).of(resolution, mandates, reports);
    }
}
