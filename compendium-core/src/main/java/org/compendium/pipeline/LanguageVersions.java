package org.compendium.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Alignment;
import org.compendium.model.Eid;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Work;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;

/**
 * The language versions of one work in the store, lined up by eId ({@link Alignment}): what ingest reports when it
 * adds another language version of a work already stored, and what {@code compendium versions WORK} shows.
 */
public final class LanguageVersions {
    private final DocumentStore store;

    public LanguageVersions(DocumentStore store) {
        this.store = store;
    }

    /**
     * How a document lines up with each stored version of its work in another language, in the order they were
     * stored; empty for an unstructured document or a work known only by its file name.
     */
    public List<Alignment> against(ParsedDocument doc) {
        if (doc.unstructured() || doc.work() instanceof Work.Unidentified) {
            return List.of();
        }
        List<Alignment> out = new ArrayList<>();
        for (DocumentSummary other : store.findWork(doc.work().slug())) {
            if (other.language() == doc.metadata().language() || other.source().equals(doc.source())) {
                continue;
            }
            store.findDocument(other.id()).ifPresent(stored ->
                    out.add(Alignment.of(doc.metadata().language(), ownEids(doc), stored.metadata().language(), ownEids(stored))));
        }
        return out;
    }

    /** Every stored version of a work, each lined up with the first one stored. */
    public List<Version> of(String workSlug) {
        List<ParsedDocument> docs = new ArrayList<>();
        for (DocumentSummary s : store.findWork(workSlug)) {
            store.findDocument(s.id()).ifPresent(docs::add);
        }
        List<Version> out = new ArrayList<>();
        for (ParsedDocument d : docs) {
            ParsedDocument first = docs.getFirst();
            Alignment alignment = d == first ? null
                    : Alignment.of(d.metadata().language(), ownEids(d), first.metadata().language(), ownEids(first));
            out.add(new Version(d.metadata().language(), d.source(), ownEids(d).size(), alignment));
        }
        return out;
    }

    /** One stored version: its language, file, provisions of its own work, and how it lines up with the first (null for the first). */
    public record Version(Language language, String source, int provisions, Alignment alignment) {
    }

    /** The eIds of the document's provisions of its own work (a compendium also reproduces other works'). */
    private static List<Eid> ownEids(ParsedDocument doc) {
        return doc.provisions().stream().filter(p -> p.citation().work().equals(doc.work())).map(Provision::eId).toList();
    }
}
