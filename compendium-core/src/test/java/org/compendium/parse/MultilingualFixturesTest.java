package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.bench.Regressions;
import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The six language versions of each fixture parse to the same document: type, body, session or meeting, language,
 * provision counts, paths and leading verbs, with every character accounted for; and they align one to one with
 * the English version (the same citations, eIds, kinds and paths in the same order), and so do the works. Expected figures live in
 * {@code regressions.properties} ({@code parse.fixture.*}).
 */
class MultilingualFixturesTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static Stream<Arguments> fixtures() {
        return LanguageFixtures.KINDS.stream().flatMap(k -> LanguageFixtures.languages().stream().map(l -> Arguments.of(k, l)));
    }

    private static ParsedDocument parse(String kind, Language language) throws Exception {
        return PARSER.parse(LanguageFixtures.source(kind, language));
    }

    private static String expected(String kind, String key) {
        return Regressions.get("parse.fixture." + kind + "." + key);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    private static long count(ParsedDocument d, ProvisionKind kind) {
        return d.provisions(kind).size();
    }

    private static List<String> paths(ParsedDocument d, ProvisionKind kind) {
        return d.provisions(kind).stream().map(p -> String.join(" ", p.path())).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void eachLanguageVersionIsReadWithItsTypeBodyNumberLanguageAndCounts(String kind, Language language) throws Exception {
        ParsedDocument d = parse(kind, language);
        var m = d.metadata();
        assertThat(m.language()).as("language").isEqualTo(language);
        assertThat(m.type().code()).as("type").isEqualTo(expected(kind, "type"));
        assertThat(m.body()).as("body").isEqualTo(expected(kind, "body").equals("none") ? null : Body.fromCode(expected(kind, "body")));
        assertThat(d.coverage().describe()).as("coverage").isEqualTo("100.00%");
        Regressions.assertCount("parse.fixture." + kind + ".provisions", d.provisions().size());
        assertThat(m.mentionedResolutions()).as("mentioned resolutions")
                .containsExactlyElementsOf(list(expected(kind, "mentioned-resolutions")));
        if (m.type() == DocumentType.TREATY) {
            assertThat(m.session()).as("session").isNull();
            assertThat(m.meeting()).as("meeting").isNull();
            Regressions.assertCount("parse.fixture." + kind + ".preambular", count(d, ProvisionKind.PREAMBULAR));
            Regressions.assertCount("parse.fixture." + kind + ".articles", count(d, ProvisionKind.ARTICLE));
            Regressions.assertCount("parse.fixture." + kind + ".paragraphs", count(d, ProvisionKind.PARAGRAPH));
            Regressions.assertCount("parse.fixture." + kind + ".subparagraphs", count(d, ProvisionKind.SUBPARAGRAPH));
            assertThat(d.provisions()).extracting(p -> p.eId().toString())
                    .containsExactlyElementsOf(list(expected(kind, "eids")));
            assertThat(d.provisions(ProvisionKind.PREAMBULAR)).as("every preambular paragraph has its opening words")
                    .allSatisfy(p -> assertThat(p.leadingVerb()).as(p.citation().toString()).isNotBlank());
            assertThat(d.provisions(ProvisionKind.ARTICLE)).as("an article's text starts with its title, not its heading")
                    .allSatisfy(p -> assertThat(p.text()).doesNotMatch("(?s)^(?:Article|Artículo|Статья|المادة|第).*"));
        } else if (m.type() == DocumentType.RESOLUTION) {
            assertThat(m.session()).as("session").isEqualTo(expected(kind, "session").equals("none") ? null : Integer.valueOf(expected(kind, "session")));
            Regressions.assertCount("parse.fixture." + kind + ".annex-paragraphs", count(d, ProvisionKind.PARAGRAPH));
            Regressions.assertCount("parse.fixture." + kind + ".preambular", count(d, ProvisionKind.PREAMBULAR));
            Regressions.assertCount("parse.fixture." + kind + ".operative", count(d, ProvisionKind.OPERATIVE));
            Regressions.assertCount("parse.fixture." + kind + ".subparagraphs", count(d, ProvisionKind.SUBPARAGRAPH));
            assertThat(paths(d, ProvisionKind.SUBPARAGRAPH))
                    .containsExactlyElementsOf(Arrays.asList(expected(kind, "subparagraph-paths").split(",")));
            assertThat(d.provisions()).filteredOn(p -> p.kind() == ProvisionKind.PREAMBULAR || p.kind() == ProvisionKind.OPERATIVE)
                    .as("every preambular and operative paragraph has its leading verb")
                    .allSatisfy(p -> assertThat(p.leadingVerb()).as(p.citation().toString()).isNotBlank());
        } else {
            assertThat(m.meeting()).as("meeting").isEqualTo(Integer.parseInt(expected(kind, "meeting")));
            assertThat(m.dates()).as("dates").hasToString(expected(kind, "dates"));
            Regressions.assertCount("parse.fixture." + kind + ".recommendations", count(d, ProvisionKind.RECOMMENDATION));
            Regressions.assertCount("parse.fixture." + kind + ".paragraphs", count(d, ProvisionKind.PARAGRAPH));
            assertThat(paths(d, ProvisionKind.RECOMMENDATION))
                    .containsExactlyElementsOf(Arrays.asList(expected(kind, "recommendation-paths").split(",")));
            assertThat(d.provisions()).allSatisfy(p -> assertThat(p.meeting()).isEqualTo(m.meeting()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {LanguageFixtures.COP_RESOLUTION, LanguageFixtures.WG_REPORT, LanguageFixtures.GA_DECLARATION,
            LanguageFixtures.TREATY})
    void theSixVersionsAlignOneToOne(String kind) throws Exception {
        ParsedDocument en = parse(kind, Language.ENGLISH);
        List<String> english = signature(en);
        assertThat(english).hasSize((int) Regressions.getLong("parse.fixture." + kind + ".provisions"));
        assertThat(en.work().toString()).isEqualTo(expected(kind, "work"));
        for (Language language : LanguageFixtures.languages()) {
            ParsedDocument d = parse(kind, language);
            assertThat(d.work()).as(language.code() + " work").isEqualTo(en.work());
            assertThat(signature(d)).as(language.code()).containsExactlyElementsOf(english);
        }
    }

    /** What must be the same in every language version: citation, eId, kind, number and path of each provision, in order. */
    private static List<String> signature(ParsedDocument d) {
        return d.provisions().stream().map(MultilingualFixturesTest::signature).toList();
    }

    private static String signature(Provision p) {
        return p.citation() + " | " + p.eId() + " | " + p.kind() + " | " + p.number() + " | " + p.path();
    }
}
