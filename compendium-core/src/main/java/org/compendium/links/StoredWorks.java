package org.compendium.links;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.Work;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * The works the store holds, which references resolve against: the work of every stored provision's citation
 * ({@code COP res. 5/3}, reproduced in a compendium or stored on its own) and, by symbol, the work of every stored
 * document that has one. Read once.
 */
public final class StoredWorks {
    private final Set<Work> works;
    private final Map<DocumentSymbol, Work> bySymbol;

    private StoredWorks(Set<Work> works, Map<DocumentSymbol, Work> bySymbol) {
        this.works = Set.copyOf(works);
        this.bySymbol = Map.copyOf(bySymbol);
    }

    /** The works of everything stored now. */
    public static StoredWorks of(DocumentStore store) {
        Set<Work> works = new HashSet<>();
        Map<DocumentSymbol, Work> bySymbol = new HashMap<>();
        store.forEach(DocumentFilter.ALL, doc -> {
            doc.provisions().forEach(p -> works.add(p.citation().work()));
            if (doc.metadata().symbol() != null && doc.work() != null) {
                bySymbol.put(doc.metadata().symbol(), doc.work());
            }
        });
        return new StoredWorks(works, bySymbol);
    }

    /** A fixed set of works (tests, and callers that know them). */
    static StoredWorks of(Set<Work> works) {
        return new StoredWorks(works, Map.of());
    }

    /** Each reference resolved to the stored work it names, or kept unresolved. */
    public List<Reference> resolve(List<Reference> references) {
        return references.stream().map(r -> r.resolvedTo(stored(r.work()))).toList();
    }

    private Work stored(Work work) {
        if (work == null) {
            return null;
        }
        if (work instanceof Work.SymbolDocument s) {
            return bySymbol.get(s.symbol());
        }
        return works.contains(work) ? work : null;
    }
}
