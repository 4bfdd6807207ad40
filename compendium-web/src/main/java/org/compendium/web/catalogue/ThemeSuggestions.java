package org.compendium.web.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.store.DocumentStore;
import org.compendium.themes.Suggestion;
import org.compendium.themes.ThemeSuggester;

/**
 * Theme suggestions for the provision page: the suggester is trained on first use (or by {@link #warmUp} at
 * start-up) and trained again, on the next request, once what it learns from has changed — the vocabulary it chooses
 * among (an import, a theme or label an editor wrote), the index's links or editors' decisions (about half a second
 * on the seed); each provision's ranking is cached with
 * the suggester it came from, so a page costs a map lookup after the first visit.
 *
 * <p>Never shows a suggestion that an editor decided about: the themes the caller already shows (imported or decided)
 * and those an editor rejected are removed here, against the store's decisions as they are now.
 */
public final class ThemeSuggestions {
    /** How many suggestions the page shows at most. */
    public static final int SHOWN = 5;
    private final DocumentStore store;
    private volatile Trained trained;

    /**
     * A suggester with what it was trained on and the rankings it gave.
     *
     * @param suggester   null when the store had no theme index
     * @param version     the vocabulary version it was trained on
     * @param rankings    each provision's ranking by this suggester, per language version (an English provision
     *                    is ranked through its French version, and its reasons say so)
     * @param decided     each provision's decided theme ids, as of the same version
     */
    private record Trained(ThemeSuggester suggester, int version, Map<Version, List<Suggestion>> rankings,
                           Map<Citation, Set<String>> decided) {
    }

    /** One language version of a provision. */
    private record Version(Citation citation, org.compendium.model.Language language) {
    }

    public ThemeSuggestions(DocumentStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** Trains the suggester now (at server start, in the background), so the first page does not wait for it. */
    public void warmUp() {
        trained();
    }

    /**
     * The ranked suggestions for a provision of {@code document} (score, reason), leaving out {@code shown} themes
     * and those an editor rejected; empty when no theme index was imported.
     */
    public List<Suggestion> of(Provision p, ParsedDocument document, Set<String> shown) {
        Trained t = trained();
        ThemeSuggester s = t.suggester();
        if (s == null) {
            return List.of();
        }
        Version key = new Version(p.citation(), document.metadata().language());
        List<Suggestion> ranked = t.rankings().computeIfAbsent(key, c -> s.suggest(p, document, 3).stream()
                .filter(x -> x.decision() == null).toList());
        Set<String> decided = t.decided().getOrDefault(p.citation(), Set.of());
        return ranked.stream().filter(x -> !shown.contains(x.themeId()) && !decided.contains(x.themeId()))
                .limit(SHOWN).toList();
    }

    /**
     * The suggestions to show for a provision with these themes: none when the published index covers it (it has an
     * imported theme), else the ranked suggestions less the themes it has.
     */
    public List<Suggestion> forProvision(ProvisionContext context, List<ThemeCatalogue.ProvisionTheme> own) {
        if (own.stream().anyMatch(ThemeCatalogue.ProvisionTheme::imported)) {
            return List.of();
        }
        return of(context.provision(), context.outline().document(),
                own.stream().map(t -> t.theme().id()).collect(Collectors.toSet()));
    }

    private Trained trained() {
        // Every import, new theme or label and decision makes a new vocabulary version: one query tells whether the
        // suggester is still current, instead of reading the vocabulary, links and decisions on every page.
        int now = store.themes().version();
        Trained t = trained;
        if (t == null || t.version() != now) {
            synchronized (this) {
                t = trained;
                if (t == null || t.version() != now) {
                    ThemeSuggester s;
                    try {
                        s = ThemeSuggester.fromStore(store);
                    } catch (IllegalStateException e) {
                        s = null; // no theme index imported yet: no suggestions until there is one
                    }
                    // The decisions as of this version too: a page no longer reads them all for one provision.
                    Map<Citation, Set<String>> decided = new java.util.HashMap<>();
                    store.themes().decisions().forEach(d -> decided.computeIfAbsent(d.citation(),
                            c -> new java.util.HashSet<>()).add(d.themeId()));
                    t = new Trained(s, now, new ConcurrentHashMap<>(), decided);
                    trained = t;
                }
            }
        }
        return t;
    }
}
