package org.compendium.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Alignment;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.Expression;
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

    /**
     * How the works a document reproduces (the resolutions and decisions of a COP session report) line up with their
     * stored versions in other languages, wherever those are stored (their own documents or other reproductions), in
     * document order of the works and store order of the versions. A compendium is left out: it reproduces parts of
     * many works, so its differences from their full texts are its selection, not a difference in structure.
     */
    public List<ReproducedAlignment> reproducedAgainst(ParsedDocument doc) {
        if (doc.unstructured() || doc.metadata().type() != org.compendium.model.DocumentType.SESSION_REPORT) {
            return List.of();
        }
        List<ReproducedAlignment> out = new ArrayList<>();
        Language language = doc.metadata().language();
        for (Work work : doc.provisions().stream().map(p -> p.citation().work()).filter(w -> !w.equals(doc.work())).distinct().toList()) {
            List<Eid> here = eIdsOf(doc, work);
            List<DocumentSummary> holders = new ArrayList<>(store.findWork(work));
            holders.addAll(store.findReproductions(work));
            for (DocumentSummary other : holders) {
                if (other.language() == language || other.source().equals(doc.source())) {
                    continue;
                }
                store.findDocument(other.id()).ifPresent(stored -> out.add(new ReproducedAlignment(work,
                        Alignment.of(language, here, stored.metadata().language(), eIdsOf(stored, work)))));
            }
        }
        return out;
    }

    /** How one work a document reproduces lines up with a stored version of it. */
    public record ReproducedAlignment(Work work, Alignment alignment) {
        /** The alignment as a warning names it: {@code COP res. 13/2: structure differs from the en version: …}. */
        public String describe() {
            return work + ": " + alignment.describe();
        }
    }

    /**
     * Every stored version of a work, each lined up with the first one stored: the documents of the work, then those
     * of other works that reproduce it (the report of the COP session that adopted a resolution reproduces it whole;
     * a compendium reproduces many), each read for the work's own provisions only.
     */
    public List<Version> of(String workSlug) {
        List<Held> held = new ArrayList<>();
        for (DocumentSummary s : store.findWork(workSlug)) {
            store.findDocument(s.id()).ifPresent(d -> held.add(new Held(d, null)));
        }
        Work work = held.isEmpty() ? parsedSlug(workSlug) : held.getFirst().doc().work();
        if (work != null) {
            for (DocumentSummary s : store.findReproductions(work)) {
                store.findDocument(s.id()).ifPresent(d -> held.add(new Held(d, s.expression())));
            }
        }
        List<Version> out = new ArrayList<>();
        for (Held h : held) {
            Held first = held.getFirst();
            List<Eid> eIds = eIdsOf(h.doc(), work);
            Alignment alignment = h == first ? null
                    : Alignment.of(h.doc().metadata().language(), eIds, first.doc().metadata().language(), eIdsOf(first.doc(), work));
            out.add(new Version(h.doc().metadata().language(), h.doc().source(), eIds.size(), alignment, h.in(),
                    eIds.isEmpty() ? null : Citation.of(work, eIds.getFirst())));
        }
        return out;
    }

    /** A document holding a version of the work, and the document's own expression when it is another work's. */
    private record Held(ParsedDocument doc, Expression in) {
    }

    /** The work of a slug, or null for a slug no work reads back from (a work known only by a symbol). */
    private static Work parsedSlug(String slug) {
        try {
            return Work.fromSlug(slug);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * One stored version.
     *
     * @param language   its language
     * @param source     the file it was read from
     * @param provisions how many provisions of the work it holds
     * @param alignment  how it lines up with the first (null for the first)
     * @param in         for a version reproduced in a document of another work (a session report), that document's
     *                   expression, whose page shows it; null for a document of the work itself
     * @param first      the citation of its first provision, or null when it holds none
     */
    public record Version(Language language, String source, int provisions, Alignment alignment, Expression in, Citation first) {
        /**
         * Its page: the document's permalink ({@code /works/cop-res-13-4/en}); for a reproduced version, the page of
         * the document that holds it, at its first provision ({@code /works/ctoc-cop-2026-9/en#cop-res-13-1.pp_1}).
         */
        public String permalink(String workSlug) {
            if (in == null) {
                return "/works/" + workSlug + "/" + language.code();
            }
            return first == null ? in.path() : in.path() + "#" + first.anchorIn(in.work());
        }
    }

    /** The eIds of the document's provisions of {@code work} (a compendium or session report also holds other works'). */
    private static List<Eid> eIdsOf(ParsedDocument doc, Work work) {
        Work of = work == null ? doc.work() : work;
        return doc.provisions().stream().filter(p -> p.citation().work().equals(of)).map(Provision::eId).toList();
    }

    /** The eIds of the document's provisions of its own work (a compendium also reproduces other works'). */
    private static List<Eid> ownEids(ParsedDocument doc) {
        return doc.provisions().stream().filter(p -> p.citation().work().equals(doc.work())).map(Provision::eId).toList();
    }
}
