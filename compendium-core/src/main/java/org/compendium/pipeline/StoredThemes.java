package org.compendium.pipeline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.index.ThemeLookup;
import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentStore;

/**
 * The themes the store holds for each provision, as the search index asks for them: the published index's links,
 * then the editors' decisions in the order they were taken (accepted and added themes kept, rejected ones removed).
 * A snapshot: made when an index writer opens, so a later edit shows after the next ingest or rebuild.
 */
public final class StoredThemes implements ThemeLookup {
    private final Map<Citation, Set<String>> byCitation;

    private StoredThemes(Map<Citation, Set<String>> byCitation) {
        this.byCitation = byCitation;
    }

    public static StoredThemes of(DocumentStore store) {
        return of(store.themes().links(), store.themes().decisions());
    }

    /** The themes these links and decisions give (as read together from one store). */
    public static StoredThemes of(List<ThemeLink> links, List<ThemeDecision> decisions) {
        Map<Citation, Set<String>> map = new HashMap<>();
        for (ThemeLink link : links) {
            map.computeIfAbsent(link.citation(), c -> new LinkedHashSet<>()).add(link.themeId());
        }
        decisions.stream().sorted(Comparator.comparing(ThemeDecision::at)).forEach(d -> {
            Set<String> themes = map.computeIfAbsent(d.citation(), c -> new LinkedHashSet<>());
            switch (d.verdict()) {
                case ACCEPTED, ADDED -> themes.add(d.themeId());
                case REJECTED -> themes.remove(d.themeId());
            }
        });
        return new StoredThemes(map);
    }

    @Override
    public List<String> themes(Citation citation, String text) {
        return themes(citation);
    }

    /** The themes of a provision: imported, then accepted or added, less the rejected ones; empty when none. */
    public List<String> themes(Citation citation) {
        return List.copyOf(byCitation.getOrDefault(citation, Set.of()));
    }

    /** How many provisions each theme has (themes without any are absent). */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        byCitation.values().forEach(themes -> themes.forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }
}
