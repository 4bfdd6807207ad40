package org.compendium.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeKeyword;
import org.compendium.model.ThemeLink;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentStore;
import org.compendium.store.ProvisionHit;

/**
 * The suggestion service: trains a {@link ThemeClassifier} on the stored index and suggests themes for provisions,
 * keeping editors' decisions (an accepted or added theme is shown as decided, a rejected one is never suggested).
 *
 * <p>A provision is suggested themes of its own body's vocabulary: a WG.7 recommendation (and a COP instrument, which
 * the smuggling compendium indexes too, COP having no vocabulary of its own) from the indexed vocabulary; a WG.4
 * recommendation from the WG.4 vocabulary editors write, which has no index to learn from yet, so by label match
 * alone; a provision of a body without a vocabulary gets none rather than another body's themes.
 */
public final class ThemeSuggester {
    private final List<Theme> themes;
    private final Map<String, Theme> byId;
    private final ThemeClassifier classifier;
    private final Set<Body> indexedScopes;
    private final Map<Body, ThemeClassifier> labelsOnly;
    private final List<ThemeDecision> decisions;
    private final List<Theme> all;
    private final List<ThemeKeyword> keywords;
    private final DocumentStore store;
    /** Label-only classifiers of the other languages, by vocabulary scope (null: the indexed one) and language. */
    private final Map<String, ThemeClassifier> ownLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    ThemeSuggester(List<Theme> all, ThemeClassifier classifier, Set<Body> indexedScopes,
                   Map<Body, ThemeClassifier> labelsOnly, List<ThemeDecision> decisions, List<ThemeKeyword> keywords,
                   DocumentStore store) {
        this.all = List.copyOf(all);
        this.keywords = List.copyOf(keywords);
        this.store = store;
        this.themes = all.stream().filter(t -> indexedScopes.contains(t.scope())).toList();
        this.byId = all.stream().collect(Collectors.toMap(Theme::id, t -> t, (a, b) -> a, LinkedHashMap::new));
        this.classifier = classifier;
        this.indexedScopes = Set.copyOf(indexedScopes);
        this.labelsOnly = Map.copyOf(labelsOnly);
        this.decisions = List.copyOf(decisions);
    }

    /**
     * Trains on the store's imported index and the compendiums it points into, as editors corrected it
     * ({@link DecidedExamples}).
     *
     * @throws IllegalStateException when no index was imported yet
     */
    public static ThemeSuggester fromStore(DocumentStore store) {
        List<Theme> all = store.themes().themes();
        Set<Body> indexed = indexedScopes(all, store.themes().links());
        List<Theme> themes = all.stream().filter(t -> indexed.contains(t.scope())).toList();
        TrainingSet set = TrainingSet.fromStore(store);
        if (themes.isEmpty() || set.examples().isEmpty()) {
            throw new IllegalStateException("no theme index in the store; run `compendium themes import` first");
        }
        Set<String> ids = themes.stream().map(Theme::id).collect(Collectors.toSet());
        List<ThemeKeyword> keywords = store.themes().keywords();
        ThemeClassifier c = ThemeClassifier.train(themes, keywords, DecidedExamples.of(set.examples(), store, ids),
                ThemeClassifier.Settings.DEFAULT);
        Map<Body, ThemeClassifier> labelsOnly = new java.util.EnumMap<>(Body.class);
        all.stream().filter(t -> !indexed.contains(t.scope())).collect(Collectors.groupingBy(Theme::scope))
                .forEach((scope, vocabulary) -> labelsOnly.put(scope, ThemeClassifier.train(vocabulary, keywords,
                        List.of(), ThemeClassifier.Settings.LABELS_ONLY)));
        return new ThemeSuggester(all, c, indexed, labelsOnly, store.themes().decisions(), keywords, store);
    }

    /**
     * The themes a classifier trained on the store's index chooses among: those of the scopes the imported index
     * covers, editors' themes of those scopes included. A vocabulary without an index yet (an editor's WG.4 themes)
     * is left out: the smuggling index has no example of it and its provisions are of another body.
     */
    public static List<Theme> vocabulary(DocumentStore store) {
        List<Theme> themes = store.themes().themes();
        Set<Body> indexed = indexedScopes(themes, store.themes().links());
        return themes.stream().filter(t -> indexed.contains(t.scope())).toList();
    }

    /** The scopes whose themes the index links provisions to. */
    private static Set<Body> indexedScopes(List<Theme> themes, List<ThemeLink> links) {
        Set<String> linked = links.stream().map(ThemeLink::themeId).collect(Collectors.toSet());
        return themes.stream().filter(t -> linked.contains(t.id())).map(Theme::scope).collect(Collectors.toSet());
    }

    /** The classifier trained on the index (for tests). */
    ThemeClassifier classifier() {
        return classifier;
    }

    /** The indexed vocabulary the trained classifier chooses among. */
    public List<Theme> themes() {
        return themes;
    }

    /** The classifier for provisions of {@code body}'s documents, or null when no vocabulary is theirs. */
    private ThemeClassifier classifierFor(Body body) {
        if (body == null || body == Body.COP && !labelsOnly.containsKey(Body.COP) || indexedScopes.contains(body)) {
            return classifier;
        }
        return labelsOnly.get(body);
    }

    /**
     * The suggestions for a provision of {@code document}: first the editors' accepted or added themes, then the
     * selected suggestions that no editor rejected, each with its reason; at least {@code top} themes when
     * {@code top > 0} (the best-ranked ones beyond the selection).
     */
    public List<Suggestion> suggest(Provision p, ParsedDocument document, int top) {
        Map<String, ThemeDecision> decided = new LinkedHashMap<>();
        for (ThemeDecision d : decisions) {
            if (d.citation().equals(p.citation())) {
                decided.put(d.themeId(), d);
            }
        }
        Body body = document.metadata().body();
        Reading reading = reading(p, document);
        ThemeClassifier c = reading.basis() == Suggestion.Basis.OWN_LANGUAGE_LABELS
                ? ownLanguage(body, document.metadata().language()) : classifierFor(body);
        // A theme no word of the text says and no example supports (score 0, from a label-only vocabulary) is no
        // suggestion at all.
        List<ThemeClassifier.Score> ranked = c == null ? List.of()
                : c.rank(TrainingSet.text(reading.provision(), reading.document()),
                        TrainingSet.neighbours(reading.provision(), reading.document()),
                        earlier(reading.provision(), reading.document())).stream().filter(s -> s.score() > 0).toList();
        Map<String, ThemeClassifier.Score> scores = ranked.stream()
                .collect(Collectors.toMap(ThemeClassifier.Score::themeId, s -> s, (a, b) -> a));
        List<Suggestion> out = new ArrayList<>();
        for (ThemeDecision d : decided.values()) {
            if (d.verdict() != ThemeVerdict.REJECTED && byId.containsKey(d.themeId())) {
                ThemeClassifier.Score s = scores.get(d.themeId());
                out.add(new Suggestion(d.themeId(), label(d.themeId()), s == null ? Double.NaN : s.score(),
                        Suggestion.Reason.NONE, d));
            }
        }
        Set<String> shown = decided.keySet();
        List<ThemeClassifier.Score> open = ranked.stream().filter(s -> !shown.contains(s.themeId())).toList();
        List<ThemeClassifier.Score> chosen = new ArrayList<>(c == null ? List.of() : c.selection().select(open));
        for (ThemeClassifier.Score s : open) {
            if (chosen.size() >= top) {
                break;
            }
            if (!chosen.contains(s)) {
                chosen.add(s);
            }
        }
        for (ThemeClassifier.Score s : chosen) {
            out.add(new Suggestion(s.themeId(), label(s.themeId()), s.score(), Suggestion.reason(s, reading.basis()),
                    null));
        }
        return out;
    }

    /**
     * The text a provision's suggestions are computed from, and which it is.
     *
     * @param provision the provision read (the French version's, or the provision itself)
     * @param document  its document
     */
    private record Reading(Provision provision, ParsedDocument document, Suggestion.Basis basis) {
    }

    /**
     * What a provision is classified by: itself when French (or of unknown language); in another UN language, the
     * French version of the same provision (same work and eId) when the store has one, else its own text against
     * its language's labels and keywords.
     */
    private Reading reading(Provision p, ParsedDocument document) {
        Language language = document.metadata().language();
        if (language == Language.FRENCH || !ThemeTerms.supports(language)) {
            return new Reading(p, document, Suggestion.Basis.OWN_TEXT);
        }
        for (ProvisionHit hit : store.findByCitation(p.citation())) {
            if (hit.document().language() == Language.FRENCH) {
                Optional<ParsedDocument> french = store.findDocument(hit.document().id());
                if (french.isPresent()) {
                    return new Reading(hit.provision(), french.get(), Suggestion.Basis.FRENCH_VERSION);
                }
            }
        }
        return new Reading(p, document, Suggestion.Basis.OWN_LANGUAGE_LABELS);
    }

    /** The label-only classifier of {@code language} over the vocabulary {@link #classifierFor} uses for {@code body}. */
    private ThemeClassifier ownLanguage(Body body, Language language) {
        if (classifierFor(body) == null) {
            return null;
        }
        Body scope = classifierFor(body) == classifier ? null : body;
        List<Theme> vocabulary = scope == null ? themes : all.stream().filter(t -> t.scope() == scope).toList();
        return ownLanguage.computeIfAbsent((scope == null ? "indexed" : scope.code()) + " " + language.code(),
                key -> ThemeClassifier.labelsOnly(vocabulary, keywords, language));
    }

    /**
     * What editors decided for the provisions of {@code document} before {@code p} (document order): the decided
     * provisions and, per theme of this suggester's vocabulary, how many have it (accepted or added, not rejected).
     */
    MeetingDecisions earlier(Provision p, ParsedDocument document) {
        Map<Citation, Set<String>> decided = new LinkedHashMap<>();
        for (ThemeDecision d : decisions) {
            decided.computeIfAbsent(d.citation(), c -> new java.util.LinkedHashSet<>());
            if (d.verdict() == ThemeVerdict.REJECTED) {
                decided.get(d.citation()).remove(d.themeId());
            } else if (byId.containsKey(d.themeId())) {
                decided.get(d.citation()).add(d.themeId());
            }
        }
        int provisions = 0;
        Map<String, Integer> with = new LinkedHashMap<>();
        for (Provision q : document.provisions()) {
            if (q.citation().equals(p.citation())) {
                break;
            }
            Set<String> themesOf = decided.getOrDefault(q.citation(), Set.of());
            if (!themesOf.isEmpty()) {
                provisions++;
                themesOf.forEach(t -> with.merge(t, 1, Integer::sum));
            }
        }
        return new MeetingDecisions(provisions, with);
    }

    /** Whether a provision has a theme in the index (then it needs no suggestion). */
    public static boolean indexed(Citation citation, List<ThemeLink> links) {
        return links.stream().anyMatch(l -> l.citation().equals(citation));
    }

    private String label(String themeId) {
        return byId.get(themeId).label(Language.FRENCH.code()); // the classifier reads French labels
    }
}
