package org.compendium.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
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
     * measures); a resolution reproduced in several documents (a compendium, a session report) counts each provision
     * once, read in one language version: the one in the language of the most Secretariat report paragraphs, else
     * English, else French, else the first stored.
     */
    public List<MandateDelivery.Delivery> computed(Work resolution) {
        // The resolution's provisions by language version (a session report and a compendium may each hold one), and
        // the Secretariat reports' paragraphs by language.
        Map<Language, Map<Citation, Provision>> versions = new LinkedHashMap<>();
        Map<Language, List<Provision>> reports = new LinkedHashMap<>();
        store.forEach(DocumentFilter.ALL, doc -> {
            Language language = doc.metadata().language();
            for (Provision p : doc.provisions()) {
                if (resolution.equals(p.citation().work())) {
                    versions.computeIfAbsent(language, l -> new LinkedHashMap<>()).putIfAbsent(p.citation(), p);
                }
            }
            if (doc.metadata().type() == DocumentType.SECRETARIAT_REPORT) {
                reports.computeIfAbsent(language, l -> new ArrayList<>()).addAll(doc.provisions());
            }
        });
        if (versions.isEmpty()) {
            return List.of();
        }
        // The version read: the one in the language of the most report paragraphs (delivery is read in the reports'
        // language), then English, then French (the Secretariat's working languages, in which resolutions are
        // drafted), then the first stored. Every language the parser reads has its mandates and references.
        List<Language> readable = versions.keySet().stream()
                .filter(l -> MandateLanguage.of(l).isPresent() && ReferenceLanguage.of(l).isPresent()).toList();
        if (readable.isEmpty()) {
            throw new IllegalArgumentException("the mandates of a resolution in " + versions.keySet().iterator().next()
                    + " cannot be read: its language is not one the parser reads; ingest a version in one of the UN's "
                    + "six languages");
        }
        Language language = readable.stream().max(java.util.Comparator
                .comparingInt((Language l) -> reports.getOrDefault(l, List.of()).size())
                .thenComparingInt(l -> l == Language.ENGLISH ? 2 : l == Language.FRENCH ? 1 : 0)
                .thenComparingInt(l -> -readable.indexOf(l))).orElseThrow();
        MandateLanguage mandateLanguage = MandateLanguage.of(language).orElseThrow();
        MandateReader reader = new MandateReader(mandateLanguage);
        List<Mandate> mandates = versions.get(language).values().stream().flatMap(p -> reader.read(p).stream()).toList();
        return new MandateDelivery(mandateLanguage, ReferenceLanguage.of(language).orElseThrow())
                .of(resolution, mandates, reports.getOrDefault(language, List.of()));
    }
}
