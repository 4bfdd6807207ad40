package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The formulae of drafting are each read as one word of its own ({@link Formulae}), not as their words, in every UN
 * language, and only as whole words; a search for a formula finds the provisions using it.
 */
class FormulaeTest {
    private static List<String> terms(String language, String text) {
        return TitleEnumerationsTest.terms(language, text);
    }

    /** The terms of {@code text} without the formulae's words, which must be exactly one. */
    private static List<String> withoutTheFormula(String language, String text) {
        List<String> terms = terms(language, text);
        assertThat(terms.stream().filter(t -> t.startsWith("zzf"))).as(text).hasSize(1);
        return terms.stream().filter(t -> !t.startsWith("zzf")).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "fr; Les États devraient, le cas échéant, renforcer la coopération.; Les États devraient renforcer la coopération.",
            "fr; Les États devraient, s’il y a lieu, renforcer la coopération.; Les États devraient renforcer la coopération.",
            "fr; Les États devraient, selon qu'il \t conviendra, renforcer la coopération.; Les États devraient renforcer la coopération.",
            "en; States should, where appropriate, strengthen cooperation.; States should strengthen cooperation.",
            "es; Los Estados deberían, cuando proceda, reforzar la cooperación.; Los Estados deberían reforzar la cooperación.",
            "ru; Государства должны в надлежащих случаях укреплять сотрудничество.; Государства должны укреплять сотрудничество.",
            "ar; ينبغي للدول أن تعزز التعاون، حسب الاقتضاء.; ينبغي للدول أن تعزز التعاون.",
            "zh; 各国应酌情加强合作。; 各国应加强合作。"})
    void aFormulaIsReadAsOneWordOfItsOwn(String language, String text, String without) {
        assertThat(withoutTheFormula(language, text)).isEqualTo(terms(language, without));
    }

    @Test
    void eachFormulaIsItsOwnWordWrittenAnyWay() {
        assertThat(terms("fr", "le cas échéant")).isEqualTo(terms("fr", "LE  CAS\nÉCHÉANT"));
        assertThat(terms("fr", "s'il y a lieu")).isEqualTo(terms("fr", "s’il y a lieu"));
        assertThat(terms("fr", "le cas échéant")).isNotEqualTo(terms("fr", "s'il y a lieu"));
    }

    @Test
    void aSearchForAFormulaFindsTheProvisionsUsingIt() throws Exception {
        // Agreed language: a negotiator looks for where "le cas échéant" was used. The oracle is the seeds' provisions
        // as the parser gives them, read as plain strings: every provision that writes the formula, and no other.
        long writing = 0;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(org.compendium.parse.Corpus.dir())) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                writing += new org.compendium.parse.DocumentParser().parse(new org.compendium.ingest.SourceReader().read(file))
                        .provisions().stream().filter(p -> writesLeCasEcheant(p.text())).count();
            }
        }
        assertThat(writing).as("seed provisions writing the formula").isGreaterThanOrEqualTo(5);
        for (String query : List.of("le cas échéant", "\"le cas échéant\"")) {
            SearchResult r = SeedIndex.search().search(SearchRequest.of(query).withPage(0, 100));
            assertThat(r.total()).as(query).isEqualTo(writing);
            assertThat(r.hits()).as(query).allSatisfy(h -> assertThat(writesLeCasEcheant(h.provision().text())).isTrue());
        }
    }

    private static boolean writesLeCasEcheant(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").contains("le cas échéant");
    }

    @Test
    void theWordsOfAFormulaStandAloneAndInsideOtherWords() {
        assertThat(terms("fr", "dans le cas des enfants")).contains("cas");
        assertThat(terms("fr", "au lieu de")).contains("lieu");
        // Whole words only: "as appropriateness" is no formula.
        assertThat(terms("en", "such as appropriateness")).isEqualTo(terms("en", "appropriateness"));
        assertThat(terms("en", "such as appropriateness")).noneMatch(t -> t.startsWith("zzf"));
    }

    @Test
    void everyUnLanguageHasItsListAndALongerFormulaGoesWhole() {
        for (String code : List.of("ar", "en", "es", "fr", "ru", "zh")) {
            assertThat(Formulae.of(code).size()).as(code).isGreaterThanOrEqualTo(2);
        }
        Formulae f = Formulae.parse("selon\nselon qu'il conviendra\n");
        assertThat(WordsQuery.analyze(new org.apache.lucene.analysis.AnalyzerWrapper(new FrenchSearchAnalyzer().getReuseStrategy()) {
            @Override
            protected org.apache.lucene.analysis.Analyzer getWrappedAnalyzer(String fieldName) {
                return new FrenchSearchAnalyzer();
            }

            @Override
            protected java.io.Reader wrapReader(String fieldName, java.io.Reader reader) {
                return f.without(reader);
            }
        }, "text.fr", "selon qu'il conviendra")).extracting(WordsQuery.Token::term)
                .containsExactly(Formulae.word("selon qu'il conviendra"));
    }
}
