package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.SegmentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raw PDF extraction of each fixture in each language ({@link RawExtraction}: wrapped lines, hanging labels, running
 * headers, page and job numbers) parses to the same provisions as the clean text — same work, citations, eIds, kinds,
 * numbers, paths and leading verbs — with the page furniture set apart and every character accounted for.
 */
class RawExtractionTest {
    private static final DocumentParser PARSER = new DocumentParser();
    private static final Pattern SYMBOL = Pattern.compile("^(CTOC/COP/\\S+|A/RES/\\S+)\\n");

    static Stream<Arguments> fixtures() {
        return LanguageFixtures.KINDS.stream().flatMap(k -> LanguageFixtures.languages().stream().map(l -> Arguments.of(k, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixtures")
    void aRawExtractionGivesTheProvisionsOfTheCleanText(String kind, Language language) throws Exception {
        String clean = LanguageFixtures.text(kind, language);
        Matcher own = SYMBOL.matcher(clean);
        String symbol = own.lookingAt() ? own.group(1) : null;
        String raw = RawExtraction.of(clean, language, symbol);
        ParsedDocument expected = PARSER.parse(LanguageFixtures.source(kind, language));
        ParsedDocument actual = PARSER.parse(LanguageFixtures.source(kind + "-raw-" + language.code() + ".txt", raw));
        assertThat(raw.lines().filter(String::isBlank).count()).isLessThan(raw.lines().count());
        assertThat(actual.coverage().describe()).isEqualTo("100.00%");
        assertThat(actual.work()).isEqualTo(expected.work());
        assertThat(actual.metadata().language()).isEqualTo(language);
        assertThat(signatures(actual)).containsExactlyElementsOf(signatures(expected));
        long pages = raw.chars().filter(c -> c == '\f').count() + 1;
        assertThat(actual.segments().stream().filter(s -> s.kind() == SegmentKind.PAGE_FURNITURE).count())
                .as("page number, job number and bar code of each page, and the symbol heading each page")
                .isEqualTo(3 * pages + (symbol == null ? 0 : pages));
    }

    private static List<String> signatures(ParsedDocument d) {
        return d.provisions().stream().map(RawExtractionTest::signature).toList();
    }

    private static String signature(Provision p) {
        return p.citation() + " | " + p.eId() + " | " + p.kind() + " | " + p.path() + " | " + p.leadingVerb();
    }
}
