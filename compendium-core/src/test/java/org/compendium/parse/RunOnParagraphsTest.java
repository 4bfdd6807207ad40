package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A declaration's paragraph run on in the line of the one before it, as raw extraction gives it
 * ({@code … used by smugglers;8 3. Commit to providing …}): the General Assembly declaration fixture, in six languages,
 * with its annexed paragraph 3 joined to the line above, with and without a footnote mark glued to the semicolon
 * (French sets a space before it, so its mark would stand after the word: only the unmarked variant). Both read as
 * the fixture does — before, paragraph 3 was swallowed by sub-paragraph 2 (b).
 */
class RunOnParagraphsTest {
    private static final DocumentParser PARSER = new DocumentParser();
    private static final Pattern ANNEX_PARAGRAPH_3 = Pattern.compile("^3(?:\\.| -) ");

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    /** The fixture with the annex's paragraph 3 run on after the line above it, {@code mark} glued between them. */
    private static String runOn(String fixture, String mark) {
        List<String> lines = new ArrayList<>(fixture.lines().toList());
        int third = -1;
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (ANNEX_PARAGRAPH_3.matcher(lines.get(i)).lookingAt() && ++seen == 2) {
                third = i;
            }
        }
        int above = third - 1;
        while (lines.get(above).isBlank()) {
            above--;
        }
        lines.set(above, lines.get(above) + mark + " " + lines.get(third));
        lines.subList(above + 1, third + 1).clear();
        return String.join("\n", lines) + "\n";
    }

    private static List<String> provisions(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.citation() + " " + p.kind() + " " + p.text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aRunOnAnnexParagraphStartsWhereItsNumberStands(Language language) throws Exception {
        String fixture = LanguageFixtures.text(LanguageFixtures.GA_DECLARATION, language);
        ParsedDocument plain = PARSER.parse(LanguageFixtures.source(LanguageFixtures.GA_DECLARATION, language));
        List<String> marks = language == Language.FRENCH ? List.of("") : List.of("", "8");
        for (String mark : marks) {
            String text = runOn(fixture, mark);
            assertThat(text).isNotEqualTo(fixture);
            ParsedDocument d = PARSER.parse(LanguageFixtures.source("ga-run-on-" + language.code() + ".txt", text));
            assertThat(provisions(d)).as("mark '%s'", mark).containsExactlyElementsOf(provisions(plain));
            assertThat(d.segments()).filteredOn(s -> s.label().startsWith("mark ")).extracting(Segment::label)
                    .containsExactlyElementsOf(mark.isEmpty() ? List.of() : List.of("mark " + mark));
        }
    }
}
