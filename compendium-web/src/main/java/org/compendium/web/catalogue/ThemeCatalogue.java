package org.compendium.web.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.compendium.model.AuditEntry;
import org.compendium.model.Citation;
import org.compendium.themes.IndexGroups;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeLink;
import org.compendium.model.ThemeVerdict;
import org.compendium.pipeline.StoredThemes;
import org.compendium.store.DocumentStore;

/**
 * The theme index as the pages read it: the vocabulary as a tree with provision counts, a theme's provisions grouped
 * like the published index (part A by meeting, part B by session), and a provision's themes. A provision's themes
 * are the imported ones, then editors' decisions in order (accepted and added kept, rejected removed), exactly as
 * the search index's {@code theme} field holds them ({@link StoredThemes}).
 *
 * <p>Keeps what it read of the theme tables until the store's vocabulary version changes
 * ({@link org.compendium.store.ThemeStore#version}, raised with every import, new theme, label and decision, by this
 * process or another): each call reads only that number, so a decision still shows at once, while a provision page
 * no longer reads and parses every index link and decision of the store under the store's lock (what bounded the
 * server under load).
 */
public final class ThemeCatalogue {
    private final DocumentStore store;
    private volatile Tables tables;

    public ThemeCatalogue(DocumentStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * The theme tables as of one vocabulary version, with the lookups the pages make.
     *
     * @param version   the vocabulary version they were read at
     * @param themes    the vocabulary, in order
     * @param links     the index links, in index order
     * @param decisions the editors' decisions, oldest first
     * @param stored    each provision's themes
     * @param linked    each provision's imported theme ids
     * @param decided   each provision's decisions by theme id, oldest first
     */
    private record Tables(int version, List<Theme> themes, List<ThemeLink> links, List<ThemeDecision> decisions,
                          StoredThemes stored, Map<Citation, Set<String>> linked,
                          Map<Citation, Map<String, ThemeDecision>> decided) {
        static Tables read(DocumentStore store, int version) {
            List<Theme> themes = store.themes().themes();
            List<ThemeLink> links = store.themes().links();
            List<ThemeDecision> decisions = store.themes().decisions();
            Map<Citation, Set<String>> linked = new java.util.HashMap<>();
            links.forEach(l -> linked.computeIfAbsent(l.citation(), c -> new HashSet<>()).add(l.themeId()));
            Map<Citation, Map<String, ThemeDecision>> decided = new java.util.HashMap<>();
            decisions.forEach(d -> decided.computeIfAbsent(d.citation(), c -> new LinkedHashMap<>()).put(d.themeId(), d));
            return new Tables(version, List.copyOf(themes), List.copyOf(links), List.copyOf(decisions),
                    StoredThemes.of(links, decisions), linked, decided);
        }
    }

    /**
     * The tables as of the store's current vocabulary version. A change made between reading the version and the
     * tables is kept under the older version number and so read again at the next call: never missed.
     */
    private Tables tables() {
        int version = store.themes().version();
        Tables t = tables;
        if (t == null || t.version() != version) {
            t = Tables.read(store, version);
            tables = t;
        }
        return t;
    }

    /**
     * A theme with how many provisions it has, and its sub-themes.
     *
     * @param theme      the theme
     * @param provisions its provisions (imported and decided, less rejected)
     * @param children   its sub-themes, in vocabulary order
     */
    public record ThemeNode(Theme theme, int provisions, List<ThemeNode> children) {
        public ThemeNode {
            children = List.copyOf(children);
        }
    }

    /**
     * One provision under a theme.
     *
     * @param citation     the provision
     * @param label        the compendium's reference ({@code I.22}), or null for a provision themed by an editor only
     * @param reportSymbol the meeting or session report the index names, or null
     * @param reportNumber the paragraph or recommendation number in that report, or null
     * @param instrument   for part B, the instrument ({@code Résolution 5/3}), else null
     * @param decision     the latest editor's decision about this theme for it, or null
     */
    public record ThemeEntry(Citation citation, String label, String reportSymbol, String reportNumber, String instrument,
                             ThemeDecision decision) {
        /** Whether an editor rejected the theme for this provision (it is then not among the theme's provisions). */
        public boolean rejected() {
            return decision != null && decision.verdict() == ThemeVerdict.REJECTED;
        }
    }

    /**
     * A group of a theme's provisions: part A (working-group recommendations) by meeting, part B (COP resolutions and
     * decisions) by session.
     *
     * @param part    {@code A} or {@code B}
     * @param number  the meeting (A) or session (B), or null when unknown
     * @param entries the provisions, in the index's order
     */
    public record ThemeGroup(String part, Integer number, List<ThemeEntry> entries) {
        public ThemeGroup {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A theme's page.
     *
     * @param theme    the theme
     * @param parent   the theme it is a sub-theme of, or null
     * @param children its sub-themes
     * @param groups   its imported provisions, grouped like the published index
     * @param decided  provisions editors accepted or added this theme for, beyond the imported ones, oldest first
     */
    public record ThemeDetail(Theme theme, Theme parent, List<Theme> children, List<ThemeGroup> groups,
                              List<ThemeEntry> decided) {
        public ThemeDetail {
            children = List.copyOf(children);
            groups = List.copyOf(groups);
            decided = List.copyOf(decided);
        }
    }

    /**
     * A theme of a provision.
     *
     * @param theme    the theme
     * @param imported whether the published index gives it
     * @param decision the editor's decision that confirmed or added it, or null
     */
    public record ProvisionTheme(Theme theme, boolean imported, ThemeDecision decision) {
    }

    /** The vocabulary, in order. */
    public List<Theme> themes() {
        return tables().themes();
    }

    /** The theme with this id. */
    public Optional<Theme> theme(String id) {
        return themes().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The top-level themes with their sub-themes, each with its number of provisions. */
    public List<ThemeNode> tree() {
        Tables tables = tables();
        List<Theme> themes = tables.themes();
        Map<String, Integer> counts = tables.stored().counts();
        Set<String> ids = new HashSet<>(themes.stream().map(Theme::id).toList());
        List<ThemeNode> out = new ArrayList<>();
        for (Theme t : themes) {
            if (t.parentId() == null || !ids.contains(t.parentId())) {
                out.add(node(t, themes, counts));
            }
        }
        return out;
    }

    private static ThemeNode node(Theme t, List<Theme> themes, Map<String, Integer> counts) {
        List<ThemeNode> children = themes.stream().filter(c -> t.id().equals(c.parentId()))
                .map(c -> node(c, themes, counts)).toList();
        return new ThemeNode(t, counts.getOrDefault(t.id(), 0), children);
    }

    /** A theme's provisions, grouped like the published index, then those decided by editors; empty when unknown. */
    public Optional<ThemeDetail> detail(String id) {
        Tables tables = tables();
        List<Theme> themes = tables.themes();
        Optional<Theme> theme = themes.stream().filter(t -> t.id().equals(id)).findFirst();
        if (theme.isEmpty()) {
            return Optional.empty();
        }
        Map<Citation, ThemeDecision> decisions = new LinkedHashMap<>();
        tables.decisions().stream().filter(d -> d.themeId().equals(id)).forEach(d -> decisions.put(d.citation(), d));
        Set<Citation> linked = new HashSet<>();
        List<ThemeGroup> grouped = new ArrayList<>();
        for (IndexGroups.Group g : IndexGroups.of(tables.links(), id)) {
            List<ThemeEntry> entries = new ArrayList<>();
            for (ThemeLink l : g.links()) {
                linked.add(l.citation());
                entries.add(new ThemeEntry(l.citation(), l.label(), l.reportSymbol(), l.reportNumber(), l.instrument(),
                        decisions.get(l.citation())));
            }
            grouped.add(new ThemeGroup(g.part().name(), g.meetingOrSession(), entries));
        }
        List<ThemeEntry> decided = decisions.values().stream()
                .filter(d -> d.verdict() != ThemeVerdict.REJECTED && !linked.contains(d.citation()))
                .map(d -> new ThemeEntry(d.citation(), null, null, null, null, d)).toList();
        Theme t = theme.get();
        Theme parent = t.parentId() == null ? null
                : themes.stream().filter(p -> p.id().equals(t.parentId())).findFirst().orElse(null);
        return Optional.of(new ThemeDetail(t, parent, themes.stream().filter(c -> id.equals(c.parentId())).toList(),
                grouped, decided));
    }

    /** The meeting (part A) or session (part B) of a provision, as the store has it; null when unknown. */
    /** A provision's themes: imported, then accepted or added by editors, less the rejected ones. */
    public List<ProvisionTheme> of(Citation citation) {
        Tables tables = tables();
        List<Theme> themes = tables.themes();
        Set<String> imported = tables.linked().getOrDefault(citation, Set.of());
        Map<String, ThemeDecision> decided = tables.decided().getOrDefault(citation, Map.of());
        List<ProvisionTheme> out = new ArrayList<>();
        for (String id : tables.stored().themes(citation)) {
            themes.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(t ->
                    out.add(new ProvisionTheme(t, imported.contains(id), decided.get(id))));
        }
        return out;
    }

    /** The audit log of theme changes, oldest first. */
    public List<AuditEntry> audit() {
        return store.themes().audit();
    }

    /** Every theme's label in {@code language} (the French one when it has none), by id: for facet values. */
    public Map<String, String> labels(String language) {
        Map<String, String> out = new LinkedHashMap<>();
        themes().forEach(t -> out.put(t.id(), t.label(language)));
        return out;
    }
}
