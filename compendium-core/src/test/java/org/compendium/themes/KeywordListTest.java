package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;
import org.junit.jupiter.api.Test;

/** Keyword lists as files: read line by line, each bad line refused with its file, line and reason. */
class KeywordListTest {
    @Test
    void readsThreeTabSeparatedFieldsSkippingCommentsAndRepeats() {
        List<ThemeKeyword> k = KeywordList.parse("k.tsv", "# comment\n\nfraude\tfr\tfalsification\r\n"
                + "fraude\ten\t document   fraud \nfraude\tfr\tfalsification\n");
        assertThat(k).containsExactly(new ThemeKeyword("fraude", Language.FRENCH, "falsification"),
                new ThemeKeyword("fraude", Language.ENGLISH, "document fraud"));
    }

    @Test
    void aBadLineIsRefusedNamingTheFileTheLineAndTheReason() {
        assertThatThrownBy(() -> KeywordList.parse("k.tsv", "fraude\tfr\tfalsification\nfraude fr faux\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k.tsv:2")
                .hasMessageContaining("expected 3 tab-separated fields");
        assertThatThrownBy(() -> KeywordList.parse("k.tsv", "fraude\tde\tFälschung\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k.tsv:1")
                .hasMessageContaining("unknown language 'de'");
        assertThatThrownBy(() -> KeywordList.parse("k.tsv", "fraude\tund\tx\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one of ar, en, es, fr, ru, zh");
        assertThatThrownBy(() -> KeywordList.parse("k.tsv", "fraude\tfr\t   \n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200 characters");
    }

    @Test
    void theBuiltInListNamesOnlyThemesOfTheImportedIndexCoversEachInFrenchAndHasAllSixLanguages() {
        List<Theme> themes = IndexImport.resolve(SeedCompendium.COMPENDIUM).themes();
        Set<String> ids = themes.stream().map(Theme::id).collect(Collectors.toSet());
        List<ThemeKeyword> builtIn = KeywordList.builtIn();
        assertThat(builtIn).allMatch(k -> ids.contains(k.themeId()));
        Set<String> french = builtIn.stream().filter(k -> k.language() == Language.FRENCH).map(ThemeKeyword::themeId)
                .collect(Collectors.toSet());
        assertThat(french).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(builtIn.stream().map(ThemeKeyword::language).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Language.OFFICIAL);
        assertThat(builtIn).hasSize(695);
    }

    @Test
    void everyThemeHasKeywordsInEveryLanguageThatItsOwnLanguageMatchSaysFirst() {
        List<Theme> themes = IndexImport.resolve(SeedCompendium.COMPENDIUM).themes();
        List<ThemeKeyword> builtIn = KeywordList.builtIn();
        for (Language language : List.of(Language.ENGLISH, Language.SPANISH, Language.RUSSIAN, Language.ARABIC,
                Language.CHINESE)) {
            ThemeClassifier labels = ThemeClassifier.labelsOnly(themes, builtIn, language);
            for (Theme theme : themes) {
                List<ThemeKeyword> own = builtIn.stream()
                        .filter(k -> k.themeId().equals(theme.id()) && k.language() == language).toList();
                assertThat(own).as(theme.id() + " in " + language).isNotEmpty();
                // Each keyword, read as a text of its language, says its theme in full: the theme scores the most
                // (a keyword two themes share, or one inside another theme's, ties at the top).
                for (ThemeKeyword k : own) {
                    List<ThemeClassifier.Score> ranked = labels.rank(k.keyword());
                    double mine = ranked.stream().filter(s -> s.themeId().equals(theme.id())).findFirst()
                            .orElseThrow().score();
                    assertThat(mine).as(k.toString()).isEqualTo(ranked.getFirst().score()).isEqualTo(1.0);
                }
            }
        }
    }
}
