package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compendium.bench.Regressions;
import org.compendium.model.Language;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search in the six UN languages, on the six-language fixtures ingested and indexed ({@link SixLanguageIndex}): each
 * language's field stems with its own analyzer, a provision's versions are one hit shown in the reader's language,
 * and a query in one language finds the provision whose version in that language matches.
 */
class MultilingualSearchTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();

    private static List<String> terms(Language language, String text) {
        String field = ANALYZERS.textField(language);
        return WordsQuery.analyze(ANALYZERS.textAnalyzer(field), field, text).stream().map(WordsQuery.Token::term).toList();
    }

    private static SearchResult search(String query, Language language, Language reader) throws QuerySyntaxException {
        return SixLanguageIndex.search().search(SearchRequest.of(query).withPage(0, 50).withLanguage(language).withReader(reader));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
        "en, request, requests",
        "en, requested, Requests",
        "es, solicitar, solicita",
        "es, solicitudes, solicitud",
        "fr, Coopération, coopérations",
        "ru, просить, просит",
        "ru, мигрантов, мигранты",
        "ar, الطلبات, طلبات",
        "ar, الاطراف, الأطراف",
        "ar, إحالة, احاله",
        "zh, 请求, 请求"})
    void eachLanguageFieldReadsTwoFormsOfAWordAsOneTerm(String code, String query, String indexed) {
        Language language = Language.fromCode(code);
        assertThat(terms(language, query)).as(code + " " + query).hasSize(1).isEqualTo(terms(language, indexed));
    }

    @Test
    void chineseTextIsSegmentedIntoWordsNotCharacters() {
        assertThat(terms(Language.CHINESE, "请秘书处在现有资源范围内")).contains("秘书处", "资源", "范围").doesNotContain("秘", "书");
        assertThat(terms(Language.CHINESE, "，；：。")).isEmpty();
    }

    @Test
    void theFixturesAreIngestedInTheirSixLanguages() {
        assertThat(SixLanguageIndex.ingest().ingested()).isEqualTo(LanguageFixtures.KINDS.size() * 6);
        assertThat(SixLanguageIndex.ingest().rejected()).isZero();
    }

    /** The citations of the fixtures' provisions: one document each of the three kinds. */
    private static long provisions() {
        return LanguageFixtures.KINDS.stream().mapToLong(k -> Regressions.getLong("parse.fixture." + k + ".provisions")).sum();
    }

    @Test
    void aProvisionIsOneHitForItsSixVersions() throws QuerySyntaxException {
        SearchResult all = SixLanguageIndex.search().search(SearchRequest.of("").withPage(0, 100));
        assertThat(all.total()).isEqualTo(provisions());
        assertThat(all.citations()).doesNotHaveDuplicates().hasSize((int) provisions());
        assertThat(all.hits()).allSatisfy(h -> assertThat(h.versions()).containsExactlyElementsOf(Language.OFFICIAL));
        assertThat(all.facet(SearchFields.LANGUAGE).values()).as("each provision once under each of its languages")
                .hasSize(6).extracting(FacetCount::count).containsOnly(provisions());
        assertThat(all.facet(SearchFields.KIND).values().stream().mapToLong(FacetCount::count).sum())
                .as("facets count provisions, as the total does").isEqualTo(all.total());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "request, en, request, COP res. 13/4 op. 1",
        "solicitar, es, olicit, COP res. 13/4 op. 2",
        "просить, ru, прос, COP res. 13/4 op. 2",
        "الطلبات, ar, طلب, COP res. 13/4 op. 1",
        "请求, zh, 请求, COP res. 13/4 op. 1"})
    void aQueryFindsTheProvisionsOfItsLanguageThatHoldTheWordInAnotherForm(String query, String code, String stem,
            String expected) throws QuerySyntaxException {
        Language language = Language.fromCode(code);
        SearchResult r = search(query, Language.UNDETERMINED, language);
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.citations()).contains(expected);
        assertThat(r.hits()).allSatisfy(h -> {
            assertThat(h.provision().language()).isEqualTo(code);
            assertThat(h.provision().text().toLowerCase(language.locale())).contains(stem);
        });
    }

    @Test
    void aFrenchQueryShowsEnglishReadersTheEnglishVersionOfWhatMatched() throws QuerySyntaxException {
        SearchResult french = search("trafic illicite de migrants par mer", Language.FRENCH, Language.FRENCH);
        SearchResult english = search("trafic illicite de migrants par mer", Language.FRENCH, Language.ENGLISH);
        assertThat(english.citations()).containsExactlyElementsOf(french.citations()).isNotEmpty();
        assertThat(english.hits()).allSatisfy(h -> assertThat(h.provision().language()).isEqualTo("en"));
        assertThat(french.hits().getFirst().provision().text()).contains("trafic illicite de migrants");
        assertThat(english.hits().getFirst().provision().text()).containsIgnoringCase("smuggling of migrants");
    }

    @Test
    void aQueryInArabicScriptIsReadInArabicAndFoundForEveryReader() throws QuerySyntaxException {
        SearchResult arabic = search("تهريب المهاجرين", Language.UNDETERMINED, Language.ARABIC);
        SearchResult spanish = search("تهريب المهاجرين", Language.UNDETERMINED, Language.SPANISH);
        assertThat(arabic.total()).isPositive().isEqualTo(spanish.total());
        assertThat(spanish.hits()).allSatisfy(h -> assertThat(h.provision().language()).isEqualTo("es"));
        assertThat(arabic.hits().getFirst().snippet().fragments()).anySatisfy(f -> assertThat(f.highlighted()).isTrue());
    }

    @Test
    void theLanguageFilterStillSelectsVersions() throws QuerySyntaxException {
        SearchResult r = SixLanguageIndex.search().search(new SearchRequest("", Map.of(SearchFields.LANGUAGE, List.of("ru")),
                SortOrder.RELEVANCE, 0, 100));
        assertThat(r.total()).isEqualTo(provisions());
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.provision().language()).isEqualTo("ru"));
    }

    @Test
    void theStrengthScaleIsTheSameStepsInEveryLanguageStrongestFirst() throws QuerySyntaxException {
        SearchResult all = SixLanguageIndex.search().search(SearchRequest.of("").withPage(0, 0));
        List<String> steps = all.facet(SearchFields.STRENGTH).values().stream().map(FacetCount::value).toList();
        assertThat(steps).containsSubsequence("decides", "urges", "requests").isSortedAccordingTo(
                java.util.Comparator.comparingInt(v -> org.compendium.parse.grammar.VerbStrength.fromCode(v).orElseThrow().ordinal()));
        SearchResult requests = SixLanguageIndex.search().search(new SearchRequest("", Map.of(SearchFields.STRENGTH,
                List.of("requests")), SortOrder.RELEVANCE, 0, 100));
        assertThat(requests.citations()).contains("COP res. 13/4 op. 2", "COP res. 13/4 op. 5", "COP res. 13/4 op. 7");
        // Every language reads the same resolution verbs as requests: the six versions of the operative paragraphs
        // that request (13/4 op. 2, 5, 7 and A/RES/80/123 op. 2) are counted alike.
        SearchResult operative = SixLanguageIndex.search().search(requests.request().withFilter(SearchFields.KIND, "operative"));
        assertThat(operative.total()).isEqualTo(4);
        assertThat(operative.facet(SearchFields.LANGUAGE).values()).hasSize(6).extracting(FacetCount::count).containsOnly(4L);
    }
}
