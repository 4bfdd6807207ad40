package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.grammar.Numerals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An Arabic document that prints its numbers in Arabic-Indic digits ({@code ٥ - وأشارت …}, {@code قراره ١١/٥},
 * {@code ١ الاستبيان …} under the footnote rule) parses as the same document printed in ASCII digits: every Arabic
 * fixture, its Arabic lines' digits rewritten (Latin-script lines — symbols, the job number, the masthead — kept as
 * UN documents print them), gives the same metadata, the same provisions (citations, kinds, labels, leading verbs and
 * texts, digits aside), the same segments and both coverage figures exactly.
 */
class ArabicIndicDigitsTest {
    private static final DocumentParser PARSER = new DocumentParser();
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN_OR_STAR = Pattern.compile("[A-Za-z*]");

    static Stream<String> arabicFixtures() throws IOException, URISyntaxException {
        Path root = Path.of(ArabicIndicDigitsTest.class.getResource("/fixtures").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            // fixtures/references/ holds sentences, one per line, not a document (MultilingualReferencesTest reads them).
            List<String> kinds = folders.filter(f -> Files.isRegularFile(f.resolve("ar.txt")))
                    .filter(f -> !f.getFileName().toString().equals("references"))
                    .map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(kinds).as("Arabic fixtures").hasSizeGreaterThanOrEqualTo(10);
            return kinds.stream();
        }
    }

    /** The text with the digits of its Arabic lines in Arabic-Indic digits; lines in Latin script as they were. */
    static String arabicIndic(String text) {
        return text.lines().map(line -> {
            if (!ARABIC_LETTER.matcher(line).find() || LATIN_OR_STAR.matcher(line).find()) {
                return line;
            }
            StringBuilder b = new StringBuilder(line);
            for (int i = 0; i < b.length(); i++) {
                char c = b.charAt(i);
                if (c >= '0' && c <= '9') {
                    b.setCharAt(i, (char) ('\u0660' + (c - '0')));
                }
            }
            return b.toString();
        }).collect(Collectors.joining("\n", "", text.endsWith("\n") ? "\n" : ""));
    }

    private static List<String> provisions(ParsedDocument d) {
        return d.provisions().stream().map(ArabicIndicDigitsTest::describe).toList();
    }

    private static String describe(Provision p) {
        return Numerals.ascii(p.citation() + " | " + p.kind() + " | " + p.label() + " | " + p.leadingVerb() + " | " + p.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arabicFixtures")
    void arabicIndicDigitsParseAsTheSameDocument(String kind) throws Exception {
        String ascii = LanguageFixtures.text(kind, Language.ARABIC);
        String indic = arabicIndic(ascii);
        assertThat(indic).as("the rewritten %s has Arabic-Indic digits", kind).isNotEqualTo(ascii).hasSameSizeAs(ascii);

        ParsedDocument plain = PARSER.parse(LanguageFixtures.source(kind + "-ar.txt", ascii));
        ParsedDocument rewritten = PARSER.parse(LanguageFixtures.source(kind + "-ar.txt", indic));

        assertThat(rewritten.metadata().type()).isEqualTo(plain.metadata().type());
        assertThat(rewritten.metadata().body()).isEqualTo(plain.metadata().body());
        assertThat(rewritten.metadata().meeting()).isEqualTo(plain.metadata().meeting());
        assertThat(rewritten.metadata().session()).isEqualTo(plain.metadata().session());
        assertThat(rewritten.metadata().dates()).isEqualTo(plain.metadata().dates());
        assertThat(rewritten.work()).isEqualTo(plain.work());
        assertThat(provisions(plain)).as("%s parses to provisions", kind).isNotEmpty();
        assertThat(provisions(rewritten)).containsExactlyElementsOf(provisions(plain));
        assertThat(rewritten.segments()).extracting(s -> s.kind() + " " + Numerals.ascii(s.label()))
                .containsExactlyElementsOf(plain.segments().stream().map(s -> s.kind() + " " + Numerals.ascii(s.label())).toList());
        assertThat(rewritten.coverage()).isEqualTo(plain.coverage());
        assertThat(rewritten.body()).isEqualTo(plain.body());
    }
}
