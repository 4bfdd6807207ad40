package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.compendium.model.Language;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * References read in the six languages from {@code fixtures/references/}: nine sentences written in each language as
 * translations of one another (its resolution, a list of resolutions and a decision, a General Assembly resolution
 * with its date, a treaty article named in full and by its short name with a paragraph, a document symbol, a Security
 * Council resolution, the report's "In its resolution 11/5, the Conference requested", two articles of the
 * Convention), each giving the same typed references in the same order ({@code expected.tsv}).
 */
class MultilingualReferencesTest {
    static Stream<Arguments> lines() {
        Map<Integer, String> expected = expected();
        return LanguageFixtures.languages().stream().flatMap(language -> {
            List<String> lines = LanguageFixtures.text("references", language).lines().toList();
            assertThat(lines).as("lines of %s", language).hasSize(expected.size());
            return expected.keySet().stream().map(n -> Arguments.of(language, n, lines.get(n - 1), expected.get(n)));
        });
    }

    @ParameterizedTest(name = "{0} line {1}")
    @MethodSource("lines")
    void eachLanguageReadsTheSameTypedReferencesAsTheOthers(Language language, int line, String text, String expected) {
        ReferenceLanguage data = ReferenceLanguage.of(language).orElseThrow();
        List<Reference> read = new ReferenceReader(data).read(text, null);
        assertThat(read).extracting(r -> r.type().code() + " " + r.target())
                .as("%s: %s", language, text).containsExactly(expected.split(" \\| "));
        // Every reference is unresolved until a store resolves it, and its words are where the text has them.
        assertThat(read).allSatisfy(r -> {
            assertThat(r.resolved()).isFalse();
            assertThat(text.substring(r.start(), r.end())).isEqualTo(r.written());
        });
    }

    static Stream<Arguments> arabicLines() {
        return lines().filter(a -> a.get()[0] == Language.ARABIC);
    }

    /**
     * Arabic documents may print their numbers in Arabic-Indic digits ({@code قراره ١١/٥}): the same line so written
     * gives the same references, their targets in ASCII digits ({@code res. 11/5}), their words quoted as written.
     */
    @ParameterizedTest(name = "ar line {1}, Arabic-Indic digits")
    @MethodSource("arabicLines")
    void arabicIndicDigitsGiveTheSameReferences(Language language, int line, String text, String expected) {
        StringBuilder indic = new StringBuilder(text);
        for (int i = 0; i < indic.length(); i++) {
            char c = indic.charAt(i);
            if (c >= '0' && c <= '9') {
                indic.setCharAt(i, (char) ('\u0660' + (c - '0')));
            }
        }
        String written = indic.toString();
        assertThat(written).as("line %d holds digits", line).isNotEqualTo(text);
        List<Reference> read = new ReferenceReader(ReferenceLanguage.of(language).orElseThrow()).read(written, null);
        assertThat(read).extracting(r -> r.type().code() + " " + r.target())
                .as("%s", written).containsExactly(expected.split(" \\| "));
        assertThat(read).allSatisfy(r -> assertThat(written.substring(r.start(), r.end())).isEqualTo(r.written()));
    }

    private static Map<Integer, String> expected() {
        try (InputStream in = MultilingualReferencesTest.class.getResourceAsStream("/fixtures/references/expected.tsv")) {
            Map<Integer, String> out = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> out.put(Integer.parseInt(l.substring(0, l.indexOf('\t'))), l.substring(l.indexOf('\t') + 1)));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixtures/references/expected.tsv", e);
        }
    }
}
