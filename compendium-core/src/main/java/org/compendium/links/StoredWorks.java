package org.compendium.links;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * The works the store holds, by the identifier references are resolved against: the work of every stored provision's
 * citation ({@code COP res. 5/3}, reproduced in a compendium or stored on its own) and every stored document's symbol.
 * Read once; a reference resolves when its target, or the work of a treaty article, is among them.
 */
public final class StoredWorks {
    private final Set<String> works;

    private StoredWorks(Set<String> works) {
        this.works = Set.copyOf(works);
    }

    /** The works of everything stored now. */
    public static StoredWorks of(DocumentStore store) {
        Set<String> works = new HashSet<>();
        store.forEach(DocumentFilter.ALL, doc -> {
            doc.provisions().forEach(p -> works.add(p.citation().work()));
            if (doc.metadata().symbol() != null) {
                works.add(doc.metadata().symbol().toString());
            }
        });
        return new StoredWorks(works);
    }

    /** A fixed set of works (tests, and callers that know them). */
    static StoredWorks of(Set<String> works) {
        return new StoredWorks(works);
    }

    /** Each reference resolved to the stored work it names, or kept unresolved. */
    public List<Reference> resolve(List<Reference> references) {
        return references.stream().map(r -> r.resolvedTo(works.contains(r.target()) ? r.target() : null)).toList();
    }
}
