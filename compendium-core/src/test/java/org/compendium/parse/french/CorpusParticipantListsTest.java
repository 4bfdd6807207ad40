package org.compendium.parse.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden test: the participant lists of the French seed reports split into names that all resolve to States. */
class CorpusParticipantListsTest {
    @ParameterizedTest(name = "{0} §{1}: {2} names")
    @CsvSource(delimiter = '|', textBlock = """
            000_84732732ac127982.txt | 63 | 86 | true
            000_84732732ac127982.txt | 64 |  6 | false
            003_b17467f420381ed3.txt | 33 | 80 | true
            003_b17467f420381ed3.txt | 34 |  4 | false
            003_b17467f420381ed3.txt | 35 | 13 | false
            """)
    void everyNameInASeedParticipantListResolvesToADistinctState(
            String file, int paragraph, int count, boolean withEu) throws IOException {
        List<String> names = NameLists.split(listOfParagraph(read(file), paragraph));

        assertThat(names).hasSize(count);
        List<Optional<String>> ids = names.stream().map(StateNames::idOf).toList();
        for (int i = 0; i < names.size(); i++) {
            assertThat(ids.get(i)).as("id of [%s]", names.get(i)).isPresent();
        }
        List<String> distinct = ids.stream().map(Optional::orElseThrow).distinct().toList();
        assertThat(distinct).hasSize(count);
        if (withEu) {
            assertThat(distinct).contains("EUE");
        } else {
            assertThat(distinct).doesNotContain("EUE");
        }
    }

    /** The text between the first colon of a numbered paragraph and the start of the next one (test-only parsing). */
    private static String listOfParagraph(String text, int paragraph) {
        Pattern p = Pattern.compile("(?s)(?:^|\\n)\\s*" + paragraph + "\\.\\s[^:]*:(.*?)\\n\\s*" + (paragraph + 1)
                + "\\.\\s");
        Matcher m = p.matcher(text);
        assertThat(m.find()).as("paragraph %d", paragraph).isTrue();
        return m.group(1);
    }

    private static String read(String file) throws IOException {
        String configured = System.getProperty("compendium.corpus");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                // Run outside Maven, the working directory is the module; the corpus sits beside the checkout.
                : Path.of("").toAbsolutePath().getParent().resolve("../shared/corpus/fr").normalize();
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
