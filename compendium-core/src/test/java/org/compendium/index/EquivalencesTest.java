package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.SourceText;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists of equivalent expressions are data per language, read with the analysis of the field they are matched
 * in; a query holding one expression of a group also finds the others, below what holds the typed words.
 */
class EquivalencesTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();

    @TempDir
    Path dir;

    private static Equivalences parse(String text) {
        return Equivalences.parse(text, "test.txt", ANALYZERS.textAnalyzer("text.fr"), "text.fr");
    }

    @Test
    void eachLineIsAGroupReadWithTheFieldsAnalysisCommentsAndBlankLinesAside() {
        Equivalences e = parse("""
                # a comment
                traite des personnes | trafic d'êtres humains   # after a group too

                passeurs | trafic illicite de migrants
                """);
        assertThat(e.groups()).hasSize(2);
        assertThat(e.groups().getFirst()).extracting(Equivalences.Expression::terms)
                .containsExactly(List.of("trait", "person"), List.of("trafic", "etre", "humain"));
    }

    @Test
    void aGroupThatIsOneExpressionAfterAnalysisIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> parse("passeurs | trafic de migrants\nmigrants | Migrants\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.txt line 2")
                .hasMessageContaining("migrants | Migrants");
    }

    @Test
    void theExpansionsOfAQueryAreTheOtherExpressionsOfItsGroupsAndSayWhichWordsTheyStandFor() {
        Equivalences e = parse("gestion des frontières | contrôles aux frontières | sécurité des frontières\n"
                + "passeurs | trafic de migrants\n");
        List<Equivalences.Expansion> out = e.expansions(WordsQuery.analyze(ANALYZERS.textAnalyzer("text.fr"), "text.fr",
                "la gestion des frontières terrestres"));
        assertThat(out).extracting(x -> x.expression().terms())
                .containsExactly(terms("contrôles aux frontières"), terms("sécurité des frontières"));
        assertThat(out).allSatisfy(x -> assertThat(x.replaces()).containsExactlyInAnyOrderElementsOf(terms("gestion des frontières")));
        assertThat(e.expansions(WordsQuery.analyze(ANALYZERS.textAnalyzer("text.fr"), "text.fr", "frontières"))).isEmpty();
    }

    private static List<String> terms(String text) {
        return WordsQuery.analyze(ANALYZERS.textAnalyzer("text.fr"), "text.fr", text).stream().map(WordsQuery.Token::term).toList();
    }

    @Test
    void everyLanguagesListLoadsWithItsOwnAnalyzer() {
        for (Language language : List.of(Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.RUSSIAN,
                Language.ARABIC, Language.CHINESE)) {
            String field = ANALYZERS.textField(language);
            assertThat(ANALYZERS.equivalences(field).groups()).as(language.code()).hasSizeGreaterThan(35)
                    .allSatisfy(g -> assertThat(g).hasSizeGreaterThanOrEqualTo(2));
        }
        assertThat(ANALYZERS.equivalences("text.any")).isSameAs(Equivalences.NONE);
    }

    private static ParsedDocument resolution() throws Exception {
        String text = """
                Resolution 13/9

                The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

                Recalling its resolution 11/2,

                1. Requests the Secretariat to report on border management;

                2. Urges States parties to strengthen border controls at sea;

                3. Invites States parties to share information on maritime borders;

                4. Calls upon States parties to prosecute smugglers;

                5. Requests States parties to prevent the smuggling of migrants;
                """;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        return new DocumentParser().parse(new SourceText("res-13-9.txt", SourceFormat.TEXT, text, sha, bytes.length));
    }

    private List<Citation> search(ProvisionSearch search, String query) throws QuerySyntaxException {
        return search.search(SearchRequest.of(query)).hits().stream().map(h -> h.provision().citation()).toList();
    }

    @Test
    void anEquivalentCountsForTheWordsItStandsForAndRanksBelowTheTypedWords() throws Exception {
        ParsedDocument doc = resolution();
        Path indexDir = dir.resolve("index");
        try (ProvisionIndex index = ProvisionIndex.open(indexDir)) {
            index.replace(doc);
            index.commit(1);
        }
        Citation op1 = Citation.parse("COP res. 13/9 op. 1");
        Citation op2 = Citation.parse("COP res. 13/9 op. 2");
        Citation op3 = Citation.parse("COP res. 13/9 op. 3");
        Citation op4 = Citation.parse("COP res. 13/9 op. 4");
        Citation op5 = Citation.parse("COP res. 13/9 op. 5");
        try (ProvisionSearch search = ProvisionSearch.open(indexDir)) {
            // "border controls" stands for both words of "border management": op. 2 joins op. 1's tier, before op. 3.
            assertThat(search(search, "border management")).containsExactly(op1, op2, op3);
            // "smuggling of migrants" holds no word of "smugglers": found through the list only, after the word.
            assertThat(search(search, "smugglers")).containsExactly(op4, op5);
        }
    }
}
