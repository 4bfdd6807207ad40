package org.compendium.links;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.Citation;
import org.compendium.store.DocumentStore;
import org.compendium.store.LinkStore;
import org.compendium.store.LinkStore.Decision;
import org.compendium.store.LinkStore.Verdict;

/**
 * Editors settle the links: a found link — lineage, a mandate's delivery, a reference's resolution — confirmed or
 * rejected by an editor, stored by the citations of both ends (never row ids, so a decision survives re-ingest) and
 * audited in the store's one audit log. A confirmed link is shown whatever its score, marked as confirmed; a rejected
 * one is no longer shown as found. The caller authenticates the editor (the shells use the themes' editor login).
 */
public final class LinkEditing {
    /** The kinds of link an editor can settle. */
    public enum LinkType {
        /** An earlier provision's wording taken over by a later one: source the older, target the newer. */
        LINEAGE,
        /** A report paragraph reporting on a mandate: source the mandate, target the paragraph. */
        DELIVERY,
        /** A provision's explicit reference: source the provision, target the reference's target as printed. */
        REFERENCE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type a code names ({@code lineage}, {@code delivery}, {@code reference}). */
        public static LinkType of(String code) {
            for (LinkType t : values()) {
                if (t.code().equals(code)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("no link type '" + code + "'; use lineage, delivery or reference");
        }
    }

    private final DocumentStore store;
    private final Clock clock;

    public LinkEditing(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records an editor's verdict on a link and returns it.
     *
     * @param editor the user name of an editor authenticated by the caller
     * @throws IllegalArgumentException for a provision the store does not hold, or a lineage between provisions that
     *                                  cannot be oriented; nothing is changed
     * @throws IllegalStateException    when the editor no longer exists; nothing is changed
     */
    public Decision decide(String editor, LinkType type, Citation source, String target, Verdict verdict) {
        if (editor == null || store.editors().editor(editor).isEmpty()) {
            throw new IllegalStateException("not authorised: this editor no longer exists; nothing was changed");
        }
        if (store.findByCitation(source).isEmpty()) {
            throw new IllegalArgumentException("no stored provision cited as " + source);
        }
        String end = target == null ? "" : target.strip();
        if (end.isEmpty()) {
            throw new IllegalArgumentException("a link needs its other end: a citation, or a reference's target");
        }
        if (type != LinkType.REFERENCE) {
            Citation other = Citation.parse(end);
            if (store.findByCitation(other).isEmpty()) {
                throw new IllegalArgumentException("no stored provision cited as " + other);
            }
            end = other.toString();
        }
        String other = end;
        String before = store.links().decisions(type.code()).stream()
                .filter(d -> d.source().equals(source.toString()) && d.target().equals(other))
                .map(d -> d.verdict().code() + " by " + d.editor()).findFirst().orElse("found");
        Decision d = new Decision(type.code(), source.toString(), end, verdict, editor, clock.instant());
        store.links().decide(d, before);
        return d;
    }

    /** The verdicts of one link type as they stand, by (source, target). */
    public static Verdicts verdicts(DocumentStore store, LinkType type) {
        Map<List<String>, Decision> out = new HashMap<>();
        store.links().decisions(type.code()).forEach(d -> out.put(List.of(d.source(), d.target()), d));
        return new Verdicts(out);
    }

    /** The editors' verdicts on the links of one type, read once. */
    public static final class Verdicts {
        /** No decisions: the links as computed (what the evaluation measures). */
        public static final Verdicts NONE = new Verdicts(Map.of());

        private final Map<List<String>, Decision> decisions;

        Verdicts(Map<List<String>, Decision> decisions) {
            this.decisions = Map.copyOf(decisions);
        }

        /** The decision on the link from {@code source} to {@code target}, if any. */
        public Optional<Decision> of(Citation source, String target) {
            return Optional.ofNullable(decisions.get(List.of(source.toString(), target)));
        }

        /** Every decision naming {@code citation} at either end. */
        public List<Decision> naming(Citation citation) {
            String c = citation.toString();
            return decisions.values().stream().filter(d -> d.source().equals(c) || d.target().equals(c)).toList();
        }
    }
}
