package org.compendium.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.compendium.model.TextFolding;
import org.compendium.model.Theme;

/**
 * The labels of the themes provisions are filed under (the {@code theme} field: the imported index's links and the
 * editors' decisions, {@link ThemeLookup}), as words a query can match: a provision the index files under
 * {@code Mesures de prévention} is about prevention even where its text says <i>causes profondes</i>. Each text field
 * reads the labels of its own language ({@code text.fr} the French ones, {@code text.en} the English ones: a
 * vocabulary holds every language an index was imported in), with the field's analyzer, so label and query meet in
 * the same terms.
 *
 * <p>A theme matches a query by the words they share: its weight is the share of the query's words its label holds
 * times the share of its label's words the query holds ({@link Match#share}), so a query copied from the index
 * ({@code Enfants (non accompagnés/ séparés)}) matches its theme fully, and a word that many labels hold
 * ({@code migrants}) matches each of them weakly.
 */
public final class ThemeNames {
    /** No vocabulary: the words reading matches no theme. */
    public static final ThemeNames NONE = new ThemeNames(List.of());

    /** A theme a query matches: the {@code theme} field's term, the query's words its label holds, and its weight. */
    record Match(String term, Set<String> words, float share) {
    }

    /** One theme's label in one field: the field's term of the theme, and the label's words. */
    private record Label(String term, Set<String> words) {
    }

    private final List<Theme> themes;
    private final Map<String, List<Label>> byField = new ConcurrentHashMap<>();

    private ThemeNames(List<Theme> themes) {
        this.themes = List.copyOf(themes);
    }

    /** The labels of {@code themes}, in every language they have. */
    public static ThemeNames of(List<Theme> themes) {
        return themes.isEmpty() ? NONE : new ThemeNames(themes);
    }

    /**
     * The themes whose label, in {@code field}'s language, holds some of {@code words} (terms of that field), with a
     * weight of at least {@code minShare}.
     */
    List<Match> matches(String field, Set<String> words, LanguageAnalyzers analyzers, float minShare) {
        List<Match> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        for (Label label : labels(field, analyzers)) {
            Set<String> shared = new LinkedHashSet<>(words);
            shared.retainAll(label.words());
            if (shared.isEmpty()) {
                continue;
            }
            float share = (float) shared.size() / words.size() * shared.size() / label.words().size();
            if (share >= minShare) {
                out.add(new Match(label.term(), Set.copyOf(shared), share));
            }
        }
        return out;
    }

    private List<Label> labels(String field, LanguageAnalyzers analyzers) {
        return byField.computeIfAbsent(field, f -> {
            String language = f.startsWith("text.") ? f.substring(5) : null;
            List<Label> out = new ArrayList<>();
            for (Theme t : themes) {
                String label = language == null ? null : t.labels().get(language);
                if (label == null) {
                    continue;
                }
                Set<String> words = new LinkedHashSet<>();
                WordsQuery.analyze(analyzers.textAnalyzer(f), f, label).forEach(token -> {
                    if (token.term().codePointCount(0, token.term().length()) >= 2) {
                        words.add(token.term());
                    }
                });
                if (!words.isEmpty()) {
                    out.add(new Label(TextFolding.keyword(t.id()), Set.copyOf(words)));
                }
            }
            return List.copyOf(out);
        });
    }
}
