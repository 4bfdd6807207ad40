package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lettered items where the readers once kept them in their parent's text, in six languages: a working group's
 * recommendation with items (a)–(e) on lines of their own under its chapeau, and one whose items (a)–(c) run on in its
 * line (fixture {@code wg-lettered/}), are sub-paragraph provisions of the recommendation ({@code rec. 1(a)}, eId
 * {@code rec_1__subpara_a}), the recommendation keeping its chapeau; a resolution's operative paragraph whose
 * sub-paragraphs run on in its line ({@code … to: (a) …; (b) …; and (c) …;}, fixture {@code res-inline/}) is split as
 * one printed on lines of their own is. A letter in a reference ({@code recommendation 1 (b)}, {@code paragraph 2 (b)})
 * is text. Before, the eight items were text of their recommendations, and the three of op. 2 text of op. 2.
 */
class LetteredRecommendationsTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    private static List<String> citations(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.citation().toString()).toList();
    }

    private static List<String> expected(String key) {
        return Arrays.asList(Regressions.get(key).split(","));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aRecommendationsLetteredItemsAreItsSubParagraphs(Language language) throws Exception {
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("wg-lettered", language));
        assertThat(citations(d)).containsExactlyElementsOf(expected("parse.fixture.wg-lettered.citations"));
        Provision chapeau = d.provisions().stream().filter(p -> p.eId().toString().equals("rec_2")).findFirst().orElseThrow();
        Provision last = d.provisions().stream().filter(p -> p.eId().toString().equals("rec_2__subpara_c")).findFirst().orElseThrow();
        assertThat(chapeau.text().strip()).endsWith(language == Language.CHINESE ? "：" : ":");
        assertThat(last.kind()).isEqualTo(ProvisionKind.SUBPARAGRAPH);
        assertThat(d.provisions()).filteredOn(p -> p.kind() == ProvisionKind.SUBPARAGRAPH)
                .allSatisfy(p -> assertThat(p.text()).doesNotContain("(a)", "a)", "(أ)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aResolutionsRunOnSubParagraphsAreSplit(Language language) throws Exception {
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("res-inline", language));
        assertThat(citations(d)).containsExactlyElementsOf(expected("parse.fixture.res-inline.citations"));
        Provision op2 = d.provisions().stream().filter(p -> p.eId().toString().equals("op_2")).findFirst().orElseThrow();
        assertThat(op2.text().strip()).endsWith(language == Language.CHINESE ? "：" : ":");
    }
}
