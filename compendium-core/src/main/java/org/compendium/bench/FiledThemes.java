package org.compendium.bench;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.index.ThemeLookup;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.themes.IndexImport;
import org.compendium.themes.MeetingDecisions;
import org.compendium.themes.NestedEvaluation;
import org.compendium.themes.ThemeClassifier;
import org.compendium.themes.TrainingSet;

/**
 * The themes the relevance benchmark's index files the seeds' provisions under ({@code --themes}), and the vocabulary
 * whose labels the search then matches: none (the default: the published index is the judge of the French set), the
 * published index's links (as a store holds them after {@code themes import}: circular on the French set, whose
 * judgments are those links), or the themes the suggester gives a provision when its meeting is new — each indexed
 * provision's themes predicted by the classifier trained without its meeting ({@link NestedEvaluation}, leave one
 * meeting out), every other provision of the indexed body's documents predicted by the classifier trained on the
 * whole index (it was never an example). The last is the honest figure.
 *
 * @param vocabulary the themes, labelled in the index's language
 * @param lookup     each provision's themes
 */
record FiledThemes(List<Theme> vocabulary, ThemeLookup lookup) {
    /** Where the provisions' themes come from. */
    enum Source {
        NONE, PUBLISHED, HELD_OUT;

        /** {@code none}, {@code published} or {@code held-out}; anything else is refused, naming the three. */
        static Source parse(String name) {
            for (Source s : values()) {
                if (s.name().replace('_', '-').equalsIgnoreCase(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("--themes takes none, published or held-out, not '" + name + "'");
        }
    }

    static final FiledThemes NONE = new FiledThemes(List.of(), ThemeLookup.NONE);

    static FiledThemes of(Source source, List<ParsedDocument> documents) {
        if (source == Source.NONE) {
            return NONE;
        }
        ParsedDocument compendium = documents.stream().filter(d -> d.metadata().type() == DocumentType.COMPENDIUM)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no compendium among the seeds"));
        IndexImport.Result index = IndexImport.resolve(compendium);
        Map<String, Set<String>> byCitation = new HashMap<>();
        if (source == Source.PUBLISHED) {
            for (ThemeLink l : index.links()) {
                byCitation.computeIfAbsent(l.citation().toString(), c -> new LinkedHashSet<>()).add(l.themeId());
            }
        } else {
            TrainingSet set = TrainingSet.of(compendium, index.links());
            NestedEvaluation.Result heldOut = NestedEvaluation.run(index.themes(), set);
            for (int i = 0; i < set.examples().size(); i++) {
                byCitation.computeIfAbsent(set.examples().get(i).id(), c -> new LinkedHashSet<>())
                        .addAll(heldOut.predicted().get(i));
            }
            ThemeClassifier whole = ThemeClassifier.train(index.themes(), set.examples(), ThemeClassifier.Settings.DEFAULT);
            Body scope = index.themes().getFirst().scope();
            for (ParsedDocument d : documents) {
                Body body = d.metadata().body();
                if (body != null && body != scope && body != Body.COP) {
                    continue;
                }
                for (Provision p : d.provisions()) {
                    byCitation.computeIfAbsent(p.citation().toString(), c -> {
                        List<ThemeClassifier.Score> ranked = whole.rank(TrainingSet.text(p, d),
                                TrainingSet.neighbours(p, d), MeetingDecisions.NONE).stream()
                                .filter(s -> s.score() > 0).toList();
                        Set<String> out = new LinkedHashSet<>();
                        whole.selection().select(ranked).forEach(s -> out.add(s.themeId()));
                        return out;
                    });
                }
            }
        }
        return new FiledThemes(index.themes(), (citation, text) -> List.copyOf(byCitation.getOrDefault(citation.toString(), Set.of())));
    }
}
