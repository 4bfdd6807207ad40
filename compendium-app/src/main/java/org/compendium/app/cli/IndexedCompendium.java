package org.compendium.app.cli;

import java.util.List;
import java.util.Optional;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;
import org.compendium.store.DocumentStore;
import org.compendium.themes.ThemeSuggester;
import org.compendium.themes.TrainingSet;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The stored theme vocabulary and the provisions its imported index covers, as the evaluation commands read them.
 *
 * @param themes the vocabulary
 * @param set    the indexed provisions of the stored compendiums, with their meeting or session
 * @param keywords the editors' keywords of the themes
 */
record IndexedCompendium(List<Theme> themes, TrainingSet set, List<ThemeKeyword> keywords) {
    /** Reads the store; empty (after telling the user what to run) when no index was imported yet. */
    static Optional<IndexedCompendium> load(CommandSpec spec) {
        List<Theme> themes;
        TrainingSet set;
        List<ThemeKeyword> keywords;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            themes = ThemeSuggester.vocabulary(store);
            set = TrainingSet.fromStore(store);
            keywords = store.themes().keywords();
        }
        if (set.examples().isEmpty()) {
            spec.commandLine().getErr().println("no theme index in the store; run `compendium themes import` first");
            return Optional.empty();
        }
        return Optional.of(new IndexedCompendium(themes, set, keywords));
    }
}
