package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compendium.ingest.SourceReader;
import org.compendium.ingest.UnicodePdfWriter;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.grammar.HyphenatedCompounds;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A line that ends with a hyphen, as a PDF's text gives it: a compound the language writes with a hyphen, broken at
 * its hyphen, keeps it ({@code non-\ngovernmental}, {@code lui-\nmême}, {@code государств-\nчленов}); a word hyphenated
 * at the line end loses it ({@code recom-\nmendations}, {@code follow-\ning}, {@code ci-\nvile}), also where the first
 * part is a word that heads compounds elsewhere. Each case is a paragraph added to the working-group report fixture,
 * read from a PDF whose lines break where the case says ({@link HyphenatedCompounds} holds the words, as data per
 * language), and from its raw text.
 */
class HyphenatedCompoundsTest {
    private static final DocumentParser PARSER = new DocumentParser();
    @TempDir
    Path dir;

    /** Per language: the added paragraph, its lines broken after each "-|", and the text it must read as. */
    private record Case(String broken, String expected) {
    }

    private static final Map<Language, Case> CASES = Map.of(
            Language.ENGLISH, new Case(
                    "10. The Working Group welcomed the contributions of non-|governmental organizations and the follow-|up "
                            + "given to its recom-|mendations on capacity-|building, long-|term and victim-|centred assistance; "
                            + "the follow-|ing speakers high-|lighted short-|comings in cross-|border cooperation.",
                    "The Working Group welcomed the contributions of non-governmental organizations and the follow-up "
                            + "given to its recommendations on capacity-building, long-term and victim-centred assistance; "
                            + "the following speakers highlighted shortcomings in cross-border cooperation."),
            Language.FRENCH, new Case(
                    "10. Le Groupe de travail lui-|même a rappelé le principe de non-|refoulement, c’est-à-|dire l’interdiction "
                            + "énoncée ci-|dessous, que celle-|ci soit régionale ou sous-|régionale, et salué la socié-|té civile "
                            + "et les au-|torités centrales.",
                    "Le Groupe de travail lui-même a rappelé le principe de non-refoulement, c’est-à-dire l’interdiction "
                            + "énoncée ci-dessous, que celle-ci soit régionale ou sous-régionale, et salué la société civile "
                            + "et les autorités centrales."),
            Language.SPANISH, new Case(
                    "10. El Grupo de Trabajo acogió con beneplácito la contribución de las organizaciones no guberna-|mentales "
                            + "y la coopera-|ción entre los Estados partes.",
                    "El Grupo de Trabajo acogió con beneplácito la contribución de las organizaciones no gubernamentales "
                            + "y la cooperación entre los Estados partes."),
            Language.RUSSIAN, new Case(
                    "10. Рабочая группа призвала государства-|члены и государства-|участники укреплять сотрудни-|чество.",
                    "Рабочая группа призвала государства-члены и государства-участники укреплять сотрудничество."));

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"ENGLISH", "FRENCH", "SPANISH", "RUSSIAN"})
    void aCompoundBrokenAtItsHyphenKeepsItAndAWordHyphenatedAtTheLineEndLosesIt(Language language) throws Exception {
        Case c = CASES.get(language);
        String fixture = LanguageFixtures.text(LanguageFixtures.WG_REPORT, language);
        String raw = fixture.stripTrailing() + "\n\n" + c.broken().replace("-|", "-\n") + "\n";
        ParsedDocument fromText = PARSER.parse(LanguageFixtures.source("wg-report-hyphens-" + language.code() + ".txt", raw));
        assertThat(paragraph10(fromText)).isEqualTo(c.expected());

        List<String> lines = new ArrayList<>(fixture.lines().filter(l -> !l.isBlank()).toList());
        lines.addAll(List.of(c.broken().replace("-|", "-\n").split("\n")));
        Path pdf = dir.resolve("wg-report-hyphens-" + language.code() + ".pdf");
        UnicodePdfWriter.write(lines, pdf);
        ParsedDocument fromPdf = PARSER.parse(new SourceReader().read(pdf));
        assertThat(paragraph10(fromPdf)).as("read from a PDF").isEqualTo(c.expected());
    }

    private static String paragraph10(ParsedDocument d) {
        Citation ten = Citation.parse(d.work() + " para. 10");
        return d.provisions().stream().filter(p -> p.citation().equals(ten)).map(Provision::text).findFirst().orElse(null);
    }

    @ParameterizedTest(name = "{0}: {1}-{2}")
    @CsvSource({
            "ENGLISH, non, governmental, true", "ENGLISH, follow, up, true", "ENGLISH, follow, ing, false",
            "ENGLISH, high, lighted, false", "ENGLISH, none, theless, false", "ENGLISH, recom, mendation, false",
            "FRENCH, lui, mêmes, true", "FRENCH, ci, vile, false", "FRENCH, sous, régional, true", "FRENCH, à, dire, true",
            "RUSSIAN, государств, членов, true", "RUSSIAN, сотрудни, чество, false", "SPANISH, guberna, mentales, false"})
    void theTableOfEachLanguageNamesItsCompoundsParts(Language language, String head, String tail, boolean compound) {
        assertThat(HyphenatedCompounds.eitherIsPart(language, head, tail)).isEqualTo(compound);
        assertThat(HyphenatedCompounds.eitherIsPart(head, tail)).as("looked up in every language").isEqualTo(compound);
    }
}
