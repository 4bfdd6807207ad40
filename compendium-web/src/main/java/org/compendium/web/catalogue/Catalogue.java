package org.compendium.web.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DateRange;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.store.ProvisionHit;

/**
 * The read side of the web application: what the pages and the API ask of the store, shaped for browsing.
 *
 * <p>Thread-safe as far as the store is (it serialises its reads). Keeps the documents it laid out until the store
 * generation changes (raised by every save, correction and theme change, by this process or another): a stored
 * document never changes under its id, and one re-ingested while the server runs still shows at once, while a page
 * no longer rebuilds a document of hundreds of provisions from the store, under its lock, on every request (what
 * bounded the server under load).
 */
public final class Catalogue {
    /** The documents laid out so far, as of one store generation. */
    private record Outlines(long generation, Map<Long, Optional<DocumentOutline>> byId) {
    }

    private final DocumentStore store;
    private volatile Outlines outlines = new Outlines(-1, Map.of());

    public Catalogue(DocumentStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** The stored documents matching {@code filter}, in store order. */
    public List<DocumentSummary> documents(DocumentFilter filter) {
        return store.list(filter);
    }

    /** The document with this store id laid out as headings and provisions; empty when unknown. */
    /** The stored document with this id, without its provisions. */
    public Optional<DocumentSummary> summary(long id) {
        return store.findSummary(id);
    }

    public Optional<DocumentOutline> outline(long id) {
        long generation = store.generation();
        Outlines o = outlines;
        if (o.generation() != generation) {
            o = new Outlines(generation, new java.util.concurrent.ConcurrentHashMap<>());
            outlines = o;
        }
        // Read outside computeIfAbsent: the store's lock is not to be taken inside the map's.
        Optional<DocumentOutline> known = o.byId().get(id);
        if (known != null) {
            return known;
        }
        Optional<DocumentOutline> read = read(id);
        o.byId().putIfAbsent(id, read);
        return read;
    }

    private Optional<DocumentOutline> read(long id) {
        Optional<DocumentSummary> summary = store.findSummary(id);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        return store.findDocument(id).map(doc -> DocumentOutline.of(summary.get(), doc));
    }

    /** The stored document of this work in this language (the first saved, if an earlier store holds two). */
    public Optional<DocumentSummary> expression(String workSlug, org.compendium.model.Language language) {
        return store.findExpression(workSlug, language).stream().findFirst();
    }

    /** The stored language versions of a work. */
    public List<DocumentSummary> versions(String workSlug) {
        return store.findWork(workSlug);
    }

    /** The stored language versions of a work, each lined up by eId with the first one stored; empty when none is. */
    public List<org.compendium.pipeline.LanguageVersions.Version> languageVersions(String workSlug) {
        return new org.compendium.pipeline.LanguageVersions(store).of(workSlug);
    }

    /** The stored documents bearing this symbol (or, for an earlier version's year form, that meeting's report). */
    public List<DocumentSummary> bySymbol(org.compendium.model.DocumentSymbol symbol) {
        List<DocumentSummary> out = new java.util.ArrayList<>();
        for (org.compendium.model.Work w : store.resolve(new org.compendium.model.Work.SymbolDocument(symbol))) {
            out.addAll(store.findWork(w));
        }
        return out;
    }

    /**
     * The language versions of a cited provision, one per language in the UN's order (undetermined last): of each
     * language, its first occurrence in store order.
     */
    public List<ProvisionHit> languageVersions(Citation citation) {
        Map<org.compendium.model.Language, ProvisionHit> byLanguage = new java.util.EnumMap<>(org.compendium.model.Language.class);
        for (ProvisionHit h : occurrences(citation)) {
            byLanguage.putIfAbsent(h.document().language(), h);
        }
        return List.copyOf(byLanguage.values());
    }

    /** Every stored provision with this citation, with its document, in store order. */
    public List<ProvisionHit> occurrences(Citation citation) {
        return store.findByCitation(citation);
    }

    /**
     * One occurrence of a citation in its context: the one in document {@code documentId} when given and present,
     * else the first in store order; empty when no stored provision has this citation.
     */
    public Optional<ProvisionContext> context(Citation citation, Long documentId) {
        return context(citation, documentId, org.compendium.model.Language.UNDETERMINED);
    }

    /**
     * One occurrence of a citation in its context: the one in document {@code documentId} when given and present, else
     * the first in store order in language {@code preferred} when there is one, else the first in store order.
     */
    public Optional<ProvisionContext> context(Citation citation, Long documentId, org.compendium.model.Language preferred) {
        List<ProvisionHit> hits = occurrences(citation);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        ProvisionHit chosen = hits.stream().filter(h -> documentId != null && h.document().id() == documentId)
                .findFirst()
                .or(() -> hits.stream().filter(h -> h.document().language() == preferred).findFirst())
                .orElse(hits.getFirst());
        List<DocumentSummary> elsewhere = hits.stream().map(ProvisionHit::document)
                .filter(d -> d.id() != chosen.document().id()).distinct().toList();
        return outline(chosen.document().id()).flatMap(o -> ProvisionContext.of(o, chosen.ordinal(), elsewhere));
    }

    /** The stored documents grouped by body (COP, WG.4, WG.7, then unrecognised) and meeting or session. */
    public List<BodyGroup> meetings() {
        Map<Body, List<DocumentSummary>> byBody = new LinkedHashMap<>();
        for (Body b : Body.values()) {
            byBody.put(b, new ArrayList<>());
        }
        List<DocumentSummary> noBody = new ArrayList<>();
        for (DocumentSummary d : store.list(DocumentFilter.ALL)) {
            (d.body() == null ? noBody : byBody.get(d.body())).add(d);
        }
        List<BodyGroup> out = new ArrayList<>();
        byBody.forEach((body, docs) -> {
            if (!docs.isEmpty()) {
                out.add(new BodyGroup(body, groups(body, docs)));
            }
        });
        if (!noBody.isEmpty()) {
            out.add(new BodyGroup(null, groups(null, noBody)));
        }
        return out;
    }

    /** A body's documents grouped by session (COP) or meeting (working groups), ascending, unnumbered last. */
    private static List<MeetingGroup> groups(Body body, List<DocumentSummary> docs) {
        boolean bySession = body == Body.COP;
        Map<Integer, List<DocumentSummary>> numbered = new LinkedHashMap<>();
        List<DocumentSummary> unnumbered = new ArrayList<>();
        for (DocumentSummary d : docs) {
            Integer n = bySession ? d.session() : d.meeting();
            if (n == null) {
                unnumbered.add(d);
            } else {
                numbered.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
            }
        }
        List<MeetingGroup> out = new ArrayList<>();
        numbered.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(new MeetingGroup(
                bySession ? null : e.getKey(), bySession ? e.getKey() : null, dates(e.getValue()), e.getValue())));
        if (!unnumbered.isEmpty()) {
            out.add(new MeetingGroup(null, null, dates(unnumbered), unnumbered));
        }
        return out;
    }

    private static DateRange dates(List<DocumentSummary> docs) {
        return docs.stream().map(DocumentSummary::dates).filter(Objects::nonNull)
                .min(Comparator.comparing(DateRange::start)).orElse(null);
    }

    /**
     * The published edition of a working group's compendium and thematic index, assembled from the store now.
     *
     * @throws org.compendium.publish.MissingInputException when the compendium or its imported index is missing
     */
    public org.compendium.publish.Edition edition(org.compendium.model.Body body) {
        return edition(body, org.compendium.model.Language.FRENCH);
    }

    /**
     * The edition in {@code language}: provisions from the stored language versions, those missing left out (and listed
     * in {@link org.compendium.publish.Edition#missing()}).
     */
    public org.compendium.publish.Edition edition(org.compendium.model.Body body, org.compendium.model.Language language) {
        return edition(new org.compendium.publish.EditionRequest(body, null, null, language.code()));
    }

    /**
     * What changed from recorded edition {@code since} to the edition the store gives now, in that edition's language;
     * empty when no such edition is recorded or it is another body's.
     */
    public Optional<org.compendium.publish.ChangeLog> changesSince(org.compendium.model.Body body, long since) {
        return store.editions().snapshot(since).map(org.compendium.publish.EditionSnapshot::fromJson)
                .filter(s -> s.body().equals(body.code()))
                .map(s -> org.compendium.publish.ChangeLog.between(s, org.compendium.publish.EditionSnapshot.of(
                        edition(body, org.compendium.model.Language.fromCode(s.language())))));
    }

    /**
     * The edition a request asks for (meetings, sessions, language), assembled from the store now.
     *
     * @throws org.compendium.publish.MissingInputException when the compendium or its imported index is missing
     */
    public org.compendium.publish.Edition edition(org.compendium.publish.EditionRequest request) {
        return new org.compendium.publish.EditionBuilder(store).build(request);
    }

    /** Records a published edition ({@link org.compendium.publish.EditionSnapshot#record}); returns its number. */
    public long record(org.compendium.publish.Edition edition) {
        return org.compendium.publish.EditionSnapshot.record(store, edition);
    }
}
