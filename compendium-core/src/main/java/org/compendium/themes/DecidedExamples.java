package org.compendium.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentStore;
import org.compendium.store.ProvisionHit;

/**
 * What the suggester learns from: the imported index as editors corrected it. A theme an editor rejected for an
 * indexed provision is no longer one of its example's themes; a theme an editor accepted or added is, and a provision
 * outside the index (a new meeting's recommendation) with such a theme becomes an example itself — so suggestions
 * improve as editors work, without a new index.
 *
 * <p>Evaluation does not use this: {@code themes eval} measures against the published index as imported.
 */
final class DecidedExamples {
    private DecidedExamples() {
    }

    /**
     * The {@code indexed} examples corrected by the store's decisions about themes of {@code vocabulary}, then the
     * decided provisions outside the index (labelled by their citation), in decision order.
     */
    static List<ThemeClassifier.Example> of(List<ThemeClassifier.Example> indexed, DocumentStore store,
                                            Set<String> vocabulary) {
        Map<String, Set<String>> added = new LinkedHashMap<>();
        Map<String, Set<String>> rejected = new LinkedHashMap<>();
        for (ThemeDecision d : store.themes().decisions()) {
            if (vocabulary.contains(d.themeId())) {
                (d.verdict() == ThemeVerdict.REJECTED ? rejected : added)
                        .computeIfAbsent(d.citation().toString(), c -> new LinkedHashSet<>()).add(d.themeId());
            }
        }
        List<ThemeClassifier.Example> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ThemeClassifier.Example e : indexed) {
            seen.add(e.id());
            Set<String> themes = new LinkedHashSet<>(e.themes());
            themes.removeAll(rejected.getOrDefault(e.id(), Set.of()));
            themes.addAll(added.getOrDefault(e.id(), Set.of()));
            if (!themes.isEmpty()) {
                out.add(new ThemeClassifier.Example(e.id(), e.label(), e.text(), themes, e.group(), e.neighbours()));
            }
        }
        for (Map.Entry<String, Set<String>> d : added.entrySet()) {
            if (!seen.contains(d.getKey())) {
                example(store, d.getKey(), d.getValue()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The example of the stored provision cited so, if it is still stored: its classification text and its
     * document's neighbours ({@link TrainingSet#neighbours}), held out on its own.
     */
    private static Optional<ThemeClassifier.Example> example(DocumentStore store, String citation, Set<String> themes) {
        List<ProvisionHit> hits = store.findByCitation(Citation.parse(citation));
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        ProvisionHit hit = hits.getFirst();
        Optional<ParsedDocument> document = store.findDocument(hit.document().id());
        return document.map(doc -> new ThemeClassifier.Example(citation, citation,
                TrainingSet.text(hit.provision(), doc), themes, citation, TrainingSet.neighbours(hit.provision(), doc)));
    }
}
