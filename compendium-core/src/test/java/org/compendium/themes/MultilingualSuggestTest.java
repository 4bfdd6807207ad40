package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.compendium.ingest.RejectedInputException;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provision in another UN language gets its suggestions through its French version when the store has one, else
 * through the themes' labels and keywords in its own language; its reasons say which.
 */
class MultilingualSuggestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static ParsedDocument resolution(Language language) throws RejectedInputException {
        return new DocumentParser().parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, language));
    }

    private static DocumentStore storeWith(Path dir, ParsedDocument... versions) {
        DocumentStore store = SeedCompendium.storeWithIndex(dir);
        ThemeEditing editing = new ThemeEditing(store, CLOCK, 1_000);
        editing.addEditor("alice", "correct horse".toCharArray());
        editing.loadKeywords(new EditorCredentials("alice", "correct horse".toCharArray()), KeywordList.builtIn());
        for (ParsedDocument d : versions) {
            store.save(d);
        }
        return store;
    }

    /** The operative paragraph 3 of the resolution (bilateral agreements against smuggling by sea). */
    private static Provision op3(ParsedDocument d) {
        return d.provisions().stream().filter(p -> p.citation().toString().endsWith("op. 3")).findFirst().orElseThrow();
    }

    @Test
    void anEnglishProvisionIsSuggestedWhatItsFrenchVersionIs(@TempDir Path dir) throws Exception {
        ParsedDocument fr = resolution(Language.FRENCH);
        ParsedDocument en = resolution(Language.ENGLISH);
        try (DocumentStore store = storeWith(dir, fr, en)) {
            ThemeSuggester suggester = ThemeSuggester.fromStore(store);
            assertThat(op3(en).citation()).isEqualTo(op3(fr).citation());
            List<Suggestion> french = suggester.suggest(op3(fr), fr, 5);
            List<Suggestion> english = suggester.suggest(op3(en), en, 5);
            assertThat(english).extracting(Suggestion::themeId)
                    .containsExactlyElementsOf(french.stream().map(Suggestion::themeId).toList());
            assertThat(english).extracting(Suggestion::score)
                    .containsExactlyElementsOf(french.stream().map(Suggestion::score).toList());
            assertThat(french).allMatch(s -> s.reason().basis() == Suggestion.Basis.OWN_TEXT);
            assertThat(english).isNotEmpty().allMatch(s -> s.reason().basis() == Suggestion.Basis.FRENCH_VERSION);
            assertThat(english.getFirst().reasonText()).endsWith("from the French version");
        }
    }

    @Test
    void aSpanishProvisionWithoutAFrenchVersionIsMatchedOnSpanishLabelsAndKeywords(@TempDir Path dir)
            throws Exception {
        ParsedDocument es = resolution(Language.SPANISH);
        try (DocumentStore store = storeWith(dir, es)) {
            List<Suggestion> suggestions = ThemeSuggester.fromStore(store).suggest(op3(es), es, 5);
            // "tráfico ilícito de migrantes por mar": the Spanish keyword "tráfico ilícito por mar" of the theme
            assertThat(suggestions).extracting(Suggestion::themeId).contains("trafic-illicite-par-mer");
            Suggestion sea = suggestions.stream().filter(s -> s.themeId().equals("trafic-illicite-par-mer"))
                    .findFirst().orElseThrow();
            assertThat(sea.reason().basis()).isEqualTo(Suggestion.Basis.OWN_LANGUAGE_LABELS);
            assertThat(sea.reason().words()).as("the words as the Spanish text writes them").contains("mar");
            assertThat(sea.reasonText()).contains("no French version");
        }
    }

    @Test
    void russianArabicAndChineseProvisionsWithoutAFrenchVersionAreMatchedInTheirLanguage(@TempDir Path dir)
            throws Exception {
        ParsedDocument ru = resolution(Language.RUSSIAN);
        ParsedDocument ar = resolution(Language.ARABIC);
        ParsedDocument zh = resolution(Language.CHINESE);
        try (DocumentStore store = storeWith(dir, ru)) {
            // one language version per store: with two, the other would not be "without a French version" either way
            assertThat(seaThemeOf(store, ru)).isTrue();
        }
        try (DocumentStore store = storeWith(dir.resolve("ar"), ar)) {
            assertThat(seaThemeOf(store, ar)).isTrue();
        }
        try (DocumentStore store = storeWith(dir.resolve("zh"), zh)) {
            assertThat(seaThemeOf(store, zh)).isTrue();
        }
    }

    /** Whether op. 3 of {@code d} ("smuggling of migrants by sea" in its language) is suggested that theme so. */
    private static boolean seaThemeOf(DocumentStore store, ParsedDocument d) {
        return ThemeSuggester.fromStore(store).suggest(op3(d), d, 5).stream()
                .anyMatch(s -> s.themeId().equals("trafic-illicite-par-mer")
                        && s.reason().basis() == Suggestion.Basis.OWN_LANGUAGE_LABELS);
    }
}
