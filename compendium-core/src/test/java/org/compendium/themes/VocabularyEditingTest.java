package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.Language;
import org.compendium.model.ThemeKeyword;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.model.Theme;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Editors extend the vocabulary: a trafficking-in-persons vocabulary beside the imported smuggling one, labels in the
 * other UN languages; all audited, versioned, refused without credentials, and kept across re-imports of the index.
 */
class VocabularyEditingTest extends BothStores {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final char[] PASSWORD = "correct horse".toCharArray();
    private static final EditorCredentials ALICE = new EditorCredentials("alice", PASSWORD);

    DocumentStore store;
    ThemeEditing editing;

    @BeforeEach
    void storeWithTheImportedIndex() {
        store = open();
        store.save(SeedCompendium.COMPENDIUM);
        assertThat(IndexImport.run(store, "test", CLOCK)).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        editing = new ThemeEditing(store, CLOCK, 1_000);
        editing.addEditor("alice", PASSWORD);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the PostgreSQL run was skipped (no test server)
            store.close();
        }
    }

    private Theme theme(String id) {
        return store.themes().themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aTraffickingVocabularyGrowsBesideTheSmugglingOne() {
        int version = store.themes().version();
        Theme victims = editing.createTheme(ALICE, Body.WG_TIP,
                Map.of("fr", "Identification des victimes", "en", " Victim  identification "), null);
        assertThat(victims.id()).isEqualTo("identification-des-victimes");
        assertThat(victims.labels()).containsEntry("en", "Victim identification");
        // The smuggling vocabulary has "Coopération internationale": the same French label in WG.4 gets its own id.
        Theme cooperation = editing.createTheme(ALICE, Body.WG_TIP, Map.of("fr", "Coopération internationale"), null);
        assertThat(cooperation.id()).isEqualTo("wg-4-cooperation-internationale");
        // "Parent (qualifier)" makes a sub-theme of a theme of the same scope, as in the published index.
        Theme mla = editing.createTheme(ALICE, Body.WG_TIP,
                Map.of("fr", "Coopération internationale (entraide judiciaire)"), null);
        assertThat(mla.id()).isEqualTo("wg-4-cooperation-internationale-entraide-judiciaire");
        assertThat(mla.parentId()).isEqualTo("wg-4-cooperation-internationale");

        List<Theme> all = store.themes().themes();
        assertThat(all).filteredOn(t -> t.scope() == Body.WG_SOM).hasSize(77);
        assertThat(all).filteredOn(t -> t.scope() == Body.WG_TIP).extracting(Theme::id)
                .containsExactly("identification-des-victimes", "wg-4-cooperation-internationale",
                        "wg-4-cooperation-internationale-entraide-judiciaire");
        assertThat(store.themes().version()).isEqualTo(version + 3);
        assertThat(store.themes().audit()).last().satisfies(a -> {
            assertThat(a.editor()).isEqualTo("alice");
            assertThat(a.action()).isEqualTo("create-theme");
            assertThat(a.themeId()).isEqualTo(mla.id());
            assertThat(a.before()).isEqualTo("none");
            assertThat(a.after()).isEqualTo("WG.4; parent wg-4-cooperation-internationale; "
                    + "fr: Coopération internationale (entraide judiciaire)");
        });
    }

    @Test
    void suggestionsChooseAmongTheIndexedScopesThemesOnly() {
        editing.createTheme(ALICE, Body.WG_TIP, Map.of("fr", "Identification des victimes"), null);
        editing.createTheme(ALICE, Body.WG_SOM, Map.of("fr", "Changements climatiques"), null);
        assertThat(ThemeSuggester.vocabulary(store)).extracting(Theme::id)
                .hasSize(78).contains("changements-climatiques").doesNotContain("identification-des-victimes");
        assertThat(ThemeSuggester.fromStore(store).themes()).hasSize(78);
    }

    @Test
    void aProvisionIsSuggestedThemesOfItsOwnBodysVocabularyOnly() throws Exception {
        ParsedDocument wg4 = new DocumentParser().parse(Corpus.text(Corpus.WG4_2019));
        ParsedDocument cop = new DocumentParser().parse(Corpus.text(Corpus.RES_11_5));
        Provision rec13 = provision(wg4, "CTOC/COP/WG.4 meeting 9 rec. 13"); // awareness campaigns to identify victims
        Provision op1 = cop.provisions().stream().filter(p -> p.citation().toString().equals("COP res. 11/5 op. 1"))
                .findFirst().orElseThrow();
        // No WG.4 vocabulary yet: no smuggling themes for a trafficking recommendation; a COP instrument gets the
        // indexed (WG.7) vocabulary, as the smuggling compendium indexes COP instruments too.
        assertThat(ThemeSuggester.fromStore(store).suggest(rec13, wg4, 3)).isEmpty();
        assertThat(ThemeSuggester.fromStore(store).suggest(op1, cop, 3)).hasSize(3)
                .allMatch(s -> theme(s.themeId()).scope() == Body.WG_SOM);

        editing.createTheme(ALICE, Body.WG_TIP, Map.of("fr", "Identification des victimes"), null);
        editing.createTheme(ALICE, Body.WG_TIP, Map.of("fr", "Poursuites pénales"), null);
        List<Suggestion> suggested = ThemeSuggester.fromStore(store).suggest(rec13, wg4, 3);
        // Matched on its label alone (no index to learn from); a theme the text does not say is not suggested.
        assertThat(suggested).extracting(Suggestion::themeId).containsExactly("identification-des-victimes");
        assertThat(suggested.getFirst().score()).isEqualTo(1.0);
        assertThat(suggested.getFirst().reason().words()).containsExactly("identifier", "victimes");
    }

    private static Provision provision(ParsedDocument document, String citation) {
        return document.provisions().stream().filter(p -> p.citation().toString().equals(citation)).findFirst()
                .orElseThrow();
    }

    @Test
    void aLabelInAnotherLanguageIsAuditedAndShownInThatLanguage() {
        editing.label(ALICE, "corruption", "EN", "Corruption (English)");
        editing.label(ALICE, "corruption", "en", "Corruption");
        assertThat(theme("corruption").label("en")).isEqualTo("Corruption");
        assertThat(theme("corruption").label("fr")).isEqualTo("Corruption");
        assertThat(store.themes().audit()).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo("label");
            assertThat(a.before()).isEqualTo("en: Corruption (English)");
            assertThat(a.after()).isEqualTo("en: Corruption");
        });
    }

    @Test
    void editorsThemesAndLabelsOutliveAReimportOfTheIndex() {
        editing.label(ALICE, "medias", "en", "Media");
        editing.label(ALICE, "medias", "fr", "Médias (presse)");
        editing.createTheme(ALICE, Body.WG_SOM, Map.of("fr", "Changements climatiques"), null);
        editing.createTheme(ALICE, Body.WG_TIP, Map.of("fr", "Identification des victimes"), null);

        assertThat(IndexImport.run(store, "test", CLOCK)).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());

        assertThat(store.themes().themes()).hasSize(79);
        assertThat(store.themes().links()).hasSize(645);
        assertThat(theme("medias").labels()).containsEntry("en", "Media").containsEntry("fr", "Médias (presse)");
        assertThat(theme("changements-climatiques").scope()).isEqualTo(Body.WG_SOM);
        assertThat(theme("identification-des-victimes").scope()).isEqualTo(Body.WG_TIP);
    }

    @Test
    void badInputAndMissingCredentialsChangeNothing() {
        int version = store.themes().version();
        int audit = store.themes().audit().size();
        int themes = store.themes().themes().size();
        assertThatThrownBy(() -> editing.createTheme(new EditorCredentials("alice", "wrong password".toCharArray()),
                Body.WG_TIP, Map.of("fr", "Victimes"), null)).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> editing.label((EditorCredentials) null, "medias", "en", "Media")).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> editing.createTheme(ALICE, Body.WG_SOM, Map.of("fr", "Corruption"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a theme 'corruption' exists already");
        assertThatThrownBy(() -> editing.createTheme(ALICE, Body.WG_TIP, Map.of("de", "Opfer"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a UN language code");
        assertThatThrownBy(() -> editing.createTheme(ALICE, Body.WG_TIP, Map.of("fr", "  "), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 300 characters");
        assertThatThrownBy(() -> editing.createTheme(ALICE, Body.WG_TIP, Map.of("fr", "Victimes"), "corruption"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in the WG.4 vocabulary");
        assertThatThrownBy(() -> editing.label(ALICE, "no-such-theme", "en", "Nothing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no theme 'no-such-theme'");
        assertThat(store.themes().version()).isEqualTo(version);
        assertThat(store.themes().audit()).hasSize(audit);
        assertThat(store.themes().themes()).hasSize(themes);
    }

    @Test
    void keywordsAreAuditedVersionedSurviveAReopenAndAReimportAndFeedTheSuggester() {
        int version = store.themes().version();
        ThemeKeyword k = editing.addKeyword(ALICE, "possibilites-de-migration", "FR", " voies  légales ");
        assertThat(k).isEqualTo(new ThemeKeyword("possibilites-de-migration", Language.FRENCH, "voies légales"));
        assertThat(store.themes().version()).isEqualTo(version + 1);
        assertThat(store.themes().audit().getLast()).satisfies(a -> {
            assertThat(a.action()).isEqualTo("keyword-add");
            assertThat(a.editor()).isEqualTo("alice");
            assertThat(a.themeId()).isEqualTo("possibilites-de-migration");
            assertThat(a.after()).isEqualTo("fr: voies légales");
        });
        ThemeEditing.KeywordLoad load = editing.loadKeywords(ALICE, List.of(k,
                new ThemeKeyword("possibilites-de-migration", Language.ENGLISH, "legal pathways"),
                new ThemeKeyword("no-such-theme", Language.FRENCH, "rien")));
        assertThat(load.added()).extracting(ThemeKeyword::keyword).containsExactly("legal pathways");
        assertThat(load.present()).containsExactly(k);
        assertThat(load.unknownTheme()).extracting(ThemeKeyword::themeId).containsExactly("no-such-theme");
        assertThat(store.themes().version()).as("one version for the whole load").isEqualTo(version + 2);

        assertThat(IndexImport.run(store, "test", CLOCK)).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        store.close();
        store = open();
        assertThat(store.themes().keywords()).hasSize(2).contains(k);

        // The classifier reads them: a text saying only the keyword gets the theme by label match.
        ThemeClassifier withKeyword = ThemeClassifier.train(store.themes().themes(), store.themes().keywords(),
                List.of(), ThemeClassifier.Settings.LABELS_ONLY);
        assertThat(withKeyword.rank("Ouvrir des voies légales.").getFirst().themeId())
                .isEqualTo("possibilites-de-migration");

        new ThemeEditing(store, CLOCK, 1_000).removeKeyword(ALICE, "possibilites-de-migration", "fr", "voies légales");
        assertThat(store.themes().keywords()).extracting(ThemeKeyword::keyword).containsExactly("legal pathways");
        assertThat(store.themes().audit().getLast().action()).isEqualTo("keyword-remove");
    }

    @Test
    void badKeywordsAndMissingCredentialsChangeNothing() {
        editing.addKeyword(ALICE, "fraude", "fr", "faux documents");
        int version = store.themes().version();
        int audit = store.themes().audit().size();
        assertThatThrownBy(() -> editing.addKeyword(new EditorCredentials("alice", "wrong password".toCharArray()),
                "fraude", "fr", "contrefaçon")).isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> editing.addKeyword(ALICE, "fraude", "fr", "faux   documents"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> editing.addKeyword(ALICE, "fraude", "de", "Fälschung"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown language 'de'");
        assertThatThrownBy(() -> editing.addKeyword(ALICE, "fraude", "fr", "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 200 characters");
        assertThatThrownBy(() -> editing.addKeyword(ALICE, "fraude", "fr", "a\u0007b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> editing.removeKeyword(ALICE, "fraude", "fr", "contrefaçon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no keyword");
        assertThatThrownBy(() -> editing.addKeyword(ALICE, "no-such-theme", "fr", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no theme 'no-such-theme'");
        assertThat(store.themes().version()).isEqualTo(version);
        assertThat(store.themes().audit()).hasSize(audit);
        assertThat(store.themes().keywords()).hasSize(1);
    }
}
