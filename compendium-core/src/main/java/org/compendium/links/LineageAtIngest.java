package org.compendium.links;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.index.ProvisionEntry;
import org.compendium.index.ProvisionSearch;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.store.LineageStore.StoredLink;

/**
 * Lineage found at ingest: for every stored document whose lineage has not been looked for yet, the links of each of
 * its provisions ({@link Lineage#computed}: more-like-this candidates over the whole index confirmed by the
 * alignment), stored with the documents holding both ends ({@link org.compendium.store.LineageStore}).
 *
 * <p>Both directions at once: a candidate older than the new provision makes it a descendant, a newer one an ancestor,
 * so a document ingested after the ones that repeat it becomes their ancestor. Run after the search index holds the
 * new documents (it is where the candidates come from); a document the index does not hold yet stays pending and is
 * looked at by the next run, so a stopped process or an index failure loses nothing. A re-ingested or removed
 * document takes its stored links with it (the store's cascade), its new copy is pending again.
 */
public final class LineageAtIngest {
    private LineageAtIngest() {
    }

    /**
     * What one run did.
     *
     * @param documents  documents whose lineage was found and stored
     * @param provisions provisions looked at
     * @param links      links found and stored (one per pair of documents holding the two ends; a pair found from both
     *                   ends, when both documents are new, is counted twice and stored once)
     * @param pending    documents left pending: the search index does not hold them yet, or the run was stopped
     * @param millis     how long the run took
     */
    public record Report(int documents, int provisions, int links, int pending, long millis) {
        /** One line, as the shells print it (no time: the same run prints the same line on every store). */
        public String describe() {
            return "lineage: " + documents + (documents == 1 ? " document" : " documents") + ", " + provisions
                    + " provisions looked at, " + links + " links found" + (pending == 0 ? ""
                    : ", " + pending + " documents left for the next run (not in the search index yet)");
        }
    }

    /** Told how a run goes, after each pending document (what a background run shows of itself). */
    @FunctionalInterface
    public interface Progress {
        /** Nobody listening. */
        Progress NONE = (done, of) -> { };

        /**
         * @param done the pending documents looked at so far in this run
         * @param of   how many were pending when the run started
         */
        void looked(int done, int of);

        /**
         * Whether the run should stop before the next document (a server stopping); the documents not looked at stay
         * pending. By default when the thread is interrupted.
         */
        default boolean stop() {
            return Thread.currentThread().isInterrupted();
        }
    }

    /** Finds and stores the lineage of every pending document of the store, candidates from {@code search}. */
    public static Report run(DocumentStore store, ProvisionSearch search) {
        return run(store, search, Progress.NONE);
    }

    /** {@link #run(DocumentStore, ProvisionSearch)}, telling {@code progress} after each document. */
    public static Report run(DocumentStore store, ProvisionSearch search, Progress progress) {
        return run(store, search, Clock.systemUTC(), progress);
    }

    static Report run(DocumentStore store, ProvisionSearch search, Clock clock) {
        return run(store, search, clock, Progress.NONE);
    }

    private static Report run(DocumentStore store, ProvisionSearch search, Clock clock, Progress progress) {
        long start = System.nanoTime();
        List<Long> pending = store.lineage().pending();
        progress.looked(0, pending.size());
        if (pending.isEmpty()) {
            return new Report(0, 0, 0, 0, 0);
        }
        Lineage lineage = new Lineage(search, WorkDates.of(store));
        Map<String, Long> bySha = new HashMap<>();
        store.list(DocumentFilter.ALL).forEach(d -> bySha.put(d.sha256(), d.id()));
        int documents = 0;
        int provisions = 0;
        int links = 0;
        int left = 0;
        Map<Citation, List<ProvisionEntry>> copies = new HashMap<>();
        int looked = 0;
        for (long id : pending) {
            if (progress.stop()) {
                left += pending.size() - looked; // a server stopping: the rest stays pending for the next run
                break;
            }
            progress.looked(looked++, pending.size());
            Optional<DocumentSummary> summary = store.findSummary(id);
            Optional<ParsedDocument> doc = store.findDocument(id);
            if (summary.isEmpty() || doc.isEmpty()) {
                continue; // removed since the list was read
            }
            Optional<List<StoredLink>> found = found(lineage, search, id, summary.get().sha256(), doc.get(), bySha, copies);
            if (found.isEmpty()) {
                left++;
                continue;
            }
            store.lineage().record(id, found.get(), clock.instant());
            documents++;
            provisions += doc.get().provisions().size();
            links += found.get().size();
        }
        progress.looked(looked, pending.size());
        return new Report(documents, provisions, links, left, (System.nanoTime() - start) / 1_000_000);
    }

    /** The links of one stored document, or empty when the index does not hold its provisions. */
    private static Optional<List<StoredLink>> found(Lineage lineage, ProvisionSearch search, long id, String sha256,
            ParsedDocument doc, Map<String, Long> bySha, Map<Citation, List<ProvisionEntry>> copies) {
        Map<List<Object>, StoredLink> out = new LinkedHashMap<>();
        boolean indexed = doc.provisions().isEmpty();
        for (Provision p : doc.provisions()) {
            Optional<ProvisionEntry> self = search.get(p.citation()).stream().filter(e -> e.sha256().equals(sha256)).findFirst();
            if (self.isEmpty()) {
                continue;
            }
            indexed = true;
            for (Lineage.Link l : lineage.computed(self.get())) {
                boolean selfIsAncestor = l.ancestor().citation().equals(p.citation());
                Citation other = selfIsAncestor ? l.descendant().citation() : l.ancestor().citation();
                // Every stored copy of the other end (a recommendation in its report and in a compendium), read once
                // a run (the crash test's copies name the same few provisions thousands of times).
                for (ProvisionEntry copy : copies.computeIfAbsent(other, search::get)) {
                    Long otherId = bySha.get(copy.sha256());
                    if (otherId == null) {
                        continue; // the index still holds a copy the store has replaced
                    }
                    StoredLink s = selfIsAncestor
                            ? new StoredLink(id, p.citation(), otherId, other, l.score())
                            : new StoredLink(otherId, other, id, p.citation(), l.score());
                    out.putIfAbsent(List.of(s.ancestorDocument(), s.ancestor(), s.descendantDocument(), s.descendant()), s);
                }
            }
        }
        return indexed ? Optional.of(new ArrayList<>(out.values())) : Optional.empty();
    }
}
