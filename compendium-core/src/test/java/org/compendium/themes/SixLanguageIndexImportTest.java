package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.publish.Edition;
import org.compendium.publish.EditionBuilder;
import org.compendium.publish.EditionRequest;
import org.compendium.publish.PublishFormat;
import org.compendium.publish.Publisher;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The thematic index of a compendium in any of the six languages, read back and imported: the editions this project
 * publishes of the six-language fixtures (WG.4: the fourteenth meeting's recommendations; WG.7: resolution 13/4), with
 * a vocabulary labelled in six languages, give back from their DOCX every theme in their language and every link —
 * provision, report symbol, number — and importing all twelve gives one vocabulary per scope, the French themes
 * labelled in the six languages. Before, the index reader knew the French words only: an English, Spanish or Russian
 * index lost every reference ({@code unreadable reference text 'Part A'}), an Arabic, Chinese or Russian one failed
 * outright (its header cell taken for a theme without a Latin letter for its id), and importing a second language's
 * compendium replaced the first's vocabulary.
 */
class SixLanguageIndexImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    private static final DocumentParser PARSER = new DocumentParser();
    @TempDir
    static Path dir;
    private static DocumentStore store;
    private static List<Theme> themes;
    private static List<ThemeLink> links;

    /** Two themes per scope, labelled in the six languages as editors would; the second a sub-theme of the first. */
    private static List<Theme> vocabulary(Body scope) {
        String s = scope == Body.WG_TIP ? "-wg4" : "-wg7";
        return List.of(
                new Theme("cooperation" + s, Map.of("fr", "Coopération internationale", "en", "International cooperation",
                        "es", "Cooperación internacional", "ru", "Международное сотрудничество", "ar", "التعاون الدولي",
                        "zh", "国际合作"), null, scope),
                new Theme("victimes" + s, Map.of("fr", "Coopération internationale (protection des victimes)",
                        "en", "International cooperation (protection of victims)",
                        "es", "Cooperación internacional (protección de las víctimas)",
                        "ru", "Международное сотрудничество (защита жертв)", "ar", "التعاون الدولي (حماية الضحايا)",
                        "zh", "国际合作（保护被害人）"), "cooperation" + s, scope));
    }

    @BeforeAll
    static void storeTheFixturesAndTheirIndex() throws Exception {
        store = DocumentStore.open(dir.resolve("store"));
        List<Provision> french = new ArrayList<>();
        for (Language l : LanguageFixtures.languages()) {
            for (String kind : List.of(LanguageFixtures.WG_REPORT, LanguageFixtures.COP_RESOLUTION)) {
                ParsedDocument doc = PARSER.parse(LanguageFixtures.source(kind, l));
                store.save(doc);
                if (l == Language.FRENCH) {
                    french.addAll(doc.provisions());
                }
            }
        }
        themes = new ArrayList<>();
        links = new ArrayList<>();
        for (Body scope : List.of(Body.WG_TIP, Body.WG_SOM)) {
            List<Theme> own = vocabulary(scope);
            List<ThemeLink> ownLinks = new ArrayList<>();
            int i = 0;
            for (Provision p : french) {
                boolean cop = p.session() != null;
                if (cop != (scope == Body.WG_SOM) || !cop && p.kind() != ProvisionKind.RECOMMENDATION) {
                    continue;
                }
                // Every provision under the first theme, every other one under the second too.
                String number = cop ? copNumber(p) : p.number();
                String symbol = cop ? "CTOC/COP/2026/15" : "CTOC/COP/WG.4/2025/4";
                String instrument = cop ? "Résolution 13/4" : null;
                ownLinks.add(new ThemeLink(own.get(0).id(), p.citation(), null, symbol, number, instrument));
                if (i++ % 2 == 0) {
                    ownLinks.add(new ThemeLink(own.get(1).id(), p.citation(), null, symbol, number, instrument));
                }
            }
            store.themes().importVocabulary(scope, own, ownLinks, "test", CLOCK.instant(), "six-language vocabulary");
            themes.addAll(own);
            links.addAll(ownLinks);
        }
    }

    /** How the index's number column gives a paragraph of an instrument: {@code al. 3}, {@code 2}, {@code 2 a)}. */
    private static String copNumber(Provision p) {
        return switch (p.kind()) {
            case PREAMBULAR -> "al. " + p.number();
            case SUBPARAGRAPH -> p.path().get(p.path().size() - 2).replace("op. ", "") + " " + p.number() + ")";
            default -> p.number();
        };
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /**
     * Every language and scope, as DOCX (a table of cells) and as Markdown (a pipe table; before, its rows were not
     * read: 0 themes and 0 links from the Markdown edition of the seeds' WG.7 compendium, 77 and 645 now).
     */
    static Stream<Arguments> editions() {
        return LanguageFixtures.languages().stream().flatMap(l -> Stream.of(Body.WG_TIP, Body.WG_SOM)
                .flatMap(b -> Stream.of(new PublishFormat.Docx(), new PublishFormat.Markdown()).map(f -> Arguments.of(l, b, f))));
    }

    private static ParsedDocument publishedAndReadBack(Language language, Body scope) throws Exception {
        return publishedAndReadBack(language, scope, new PublishFormat.Docx());
    }

    private static ParsedDocument publishedAndReadBack(Language language, Body scope, PublishFormat format) throws Exception {
        Edition edition = new EditionBuilder(store).build(new EditionRequest(scope, null, null, language.code()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Publisher.render(edition, format, out);
        Path file = Files.write(dir.resolve("index-" + language.code() + "-" + scope.slug() + "." + format.name()), out.toByteArray());
        return PARSER.parse(new SourceReader().read(file));
    }

    /** One link as the index states it: theme label, provision, report symbol, number. */
    private static List<String> stated(List<ThemeLink> links, List<Theme> themes, String language) {
        return links.stream().map(l -> themes.stream().filter(t -> t.id().equals(l.themeId())).findFirst().orElseThrow()
                .label(language) + " | " + l.citation() + " | " + l.reportSymbol() + " | " + l.reportNumber()).toList();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("editions")
    void anEditionsIndexReadsBackInItsLanguage(Language language, Body scope, PublishFormat format) throws Exception {
        IndexImport.Result read = IndexImport.resolve(publishedAndReadBack(language, scope, format));

        assertThat(read.problems()).isEmpty();
        assertThat(read.language()).isEqualTo(language);
        List<Theme> own = vocabulary(scope);
        assertThat(read.themes()).extracting(t -> t.labels().get(language.code()))
                .containsExactlyElementsOf(own.stream().map(t -> t.label(language.code())).toList());
        assertThat(read.themes().get(1).parentId()).as("the sub-theme's parent, read from its label")
                .isEqualTo(read.themes().get(0).id());
        List<ThemeLink> expected = links.stream().filter(l -> own.stream().anyMatch(t -> t.id().equals(l.themeId()))).toList();
        assertThat(stated(read.links(), read.themes(), language.code()))
                .containsExactlyInAnyOrderElementsOf(stated(expected, own, language.code())).hasSize(scope == Body.WG_TIP ? 6 : 27);
        assertThat(read.links()).allSatisfy(l -> assertThat(l.instrument() != null).isEqualTo(scope == Body.WG_SOM));
        assertThat(read.themes()).extracting(Theme::id).allMatch(id -> id.matches("[a-z0-9-]+"));
    }

    @Test
    void aVocabularyTakingAnotherScopesThemeIdIsRefusedAndNothingChanges() {
        List<Theme> before = store.themes().themes();
        Theme taken = new Theme("cooperation-wg4", Map.of("fr", "Coopération"), null, Body.WG_SOM);

        assertThatThrownBy(() -> store.themes().importVocabulary(Body.WG_SOM, List.of(taken), List.of(), "test", CLOCK.instant(), "clash"))
                .isInstanceOf(StoreException.class).hasMessageContaining("theme id cooperation-wg4 is a theme of WG_TIP already");
        assertThat(store.themes().themes()).isEqualTo(before);
    }

    @Test
    void importingTheSixEditionsGivesOneVocabularyPerScopeLabelledInEachLanguage() throws Exception {
        try (DocumentStore fresh = DocumentStore.open(dir.resolve("fresh"))) {
            for (Language l : LanguageFixtures.languages()) {
                for (Body scope : List.of(Body.WG_TIP, Body.WG_SOM)) {
                    fresh.save(publishedAndReadBack(l, scope));
                }
            }
            List<IndexImport.Result> results = IndexImport.run(fresh, "test", CLOCK);

            assertThat(results).hasSize(12).allSatisfy(r -> assertThat(r.problems()).isEmpty());
            // The scope read second has the same labels: its ids take its slug (ids are unique across scopes).
            assertThat(fresh.themes().themes()).extracting(t -> t.scope() + " " + t.id() + " " + t.parentId())
                    .containsExactlyInAnyOrder("WG_TIP cooperation-internationale null",
                            "WG_TIP cooperation-internationale-protection-des-victimes cooperation-internationale",
                            "WG_SOM wg7-cooperation-internationale null",
                            "WG_SOM wg7-cooperation-internationale-protection-des-victimes wg7-cooperation-internationale");
            for (Theme t : fresh.themes().themes()) {
                Theme labelled = vocabulary(t.scope()).get(t.parentId() == null ? 0 : 1);
                assertThat(t.labels()).as("labels of %s", t.id()).isEqualTo(labelled.labels());
            }
            List<String> expected = new ArrayList<>();
            for (Body scope : List.of(Body.WG_TIP, Body.WG_SOM)) {
                List<Theme> imported = fresh.themes().themes().stream().filter(t -> t.scope() == scope).toList();
                List<Theme> own = vocabulary(scope);
                links.stream().filter(l -> own.stream().anyMatch(t -> t.id().equals(l.themeId())))
                        .forEach(l -> expected.add(stated(List.of(l), own, "en").getFirst()));
                assertThat(fresh.themes().links().stream().filter(l -> imported.stream().anyMatch(t -> t.id().equals(l.themeId()))).toList())
                        .hasSize(scope == Body.WG_TIP ? 6 : 27);
            }
            assertThat(stated(fresh.themes().links(), fresh.themes().themes(), "en")).containsExactlyInAnyOrderElementsOf(expected);

            // Imported again, the same vocabulary: the ids stay.
            IndexImport.run(fresh, "test", CLOCK);
            assertThat(fresh.themes().themes()).extracting(Theme::id).contains("cooperation-internationale", "wg7-cooperation-internationale");
        }
    }
}
