package org.compendium.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.web.pages.Links;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The six languages in real headless Chromium, against a server over the six-language fixtures: a search in each
 * language with the interface in that language, a provision's versions side by side, and Arabic right to left.
 */
class MultilingualWebIT {
    private static SixLanguageServer server;
    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() {
        server = SixLanguageServer.start();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "ar, تهريب المهاجرين عن طريق البحر, rtl, البحث",
        "zh, 海上偷运移民, ltr, 搜索",
        "en, smuggling of migrants by sea, ltr, Search",
        "fr, trafic illicite de migrants par mer, ltr, Recherche",
        "ru, незаконный ввоз мигрантов по морю, ltr, Поиск",
        "es, tráfico ilícito de migrantes por mar, ltr, Búsqueda"})
    void aSearchInEachLanguageFindsTheResolutionInThatLanguageWithTheInterfaceInIt(String code, String query, String dir,
            String heading) {
        page.navigate(server.url("search?lang=" + code + "&q=" + encode(query)));
        assertThat(page.locator("html")).hasAttribute("lang", code);
        assertThat(page.locator("html")).hasAttribute("dir", dir);
        assertThat(page.locator("main h1")).hasText(heading);
        // The resolution is among the hits (the Protocol's article on smuggling by sea may come first).
        assertThat(page.locator("ol.hits li.hit p.hit-head code", new Page.LocatorOptions().setHasText("COP res. 13/4")).first())
                .isVisible();
        Locator first = page.locator("ol.hits li.hit").first();
        assertThat(first.locator("p.snippet")).hasAttribute("lang", code);
        assertThat(first.locator("p.snippet")).hasAttribute("dir", dir);
        assertThat(first.locator("p.snippet mark").first()).isVisible();
        // One hit per provision: the other five versions are links, not hits.
        assertThat(first.locator("p.versions a")).hasCount(5);
        assertThat(page.locator("ol.hits li.hit p.hit-head code").allTextContents()).doesNotHaveDuplicates();
    }

    @Test
    void aFrenchQueryShowsAnEnglishReaderTheEnglishTextAndTheArabicVersionIsOneClickAway() {
        page.navigate(server.url("search?lang=en&q=" + encode("trafic illicite de migrants par mer")));
        Locator first = page.locator("ol.hits li.hit").first();
        assertThat(first.locator("p.snippet")).hasAttribute("lang", "en");
        assertThat(first.locator("p.snippet")).containsText("smuggling");
        String citation = first.locator("p.hit-head code").textContent();
        first.locator("p.versions a[hreflang=ar]").click();
        assertThat(page.locator("#citation")).hasText(citation);
        assertThat(page.locator("blockquote.provision-text")).hasAttribute("dir", "rtl");
        assertThat(page.locator("blockquote.provision-text")).hasAttribute("lang", "ar");
        assertThat(page.locator("#version-ar")).hasClass(java.util.regex.Pattern.compile("current"));
    }

    @Test
    void theProvisionPageShowsItsSixVersionsSideBySideArabicRightToLeft() {
        page.navigate(server.url(Links.provision(Citation.parse("COP res. 13/4 op. 2")).substring(1) + "?lang=en"));
        assertThat(page.locator("blockquote.provision-text")).hasAttribute("lang", "en");
        Locator versions = page.locator("#versions article.version");
        assertThat(versions).hasCount(6);
        assertThat(page.locator("#version-ar")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#version-ar")).containsText("يطلب");
        assertThat(page.locator("#version-zh")).hasAttribute("lang", "zh");
        assertThat(page.locator("#version-zh")).containsText("秘书处");
        assertThat(page.locator("#version-ru")).containsText("просит");
        assertThat(page.locator("#version-es")).containsText("Solicita");
        assertThat(page.locator("#version-fr")).hasAttribute("dir", "ltr");
        // Side by side: the first two columns share a row.
        double arTop = page.locator("#version-ar").boundingBox().y;
        double zhTop = page.locator("#version-zh").boundingBox().y;
        assertThat(zhTop).isEqualTo(arTop);
        Object direction = page.locator("#version-ar p").evaluate("e => getComputedStyle(e).direction");
        assertThat(direction).isEqualTo("rtl");
    }

    @Test
    void theArabicInterfaceIsLaidOutRightToLeftAndTheSwitcherReturnsToEnglish() {
        page.navigate(server.url("?lang=ar"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("main h1")).hasText("تصفح الوثائق");
        assertThat(page.locator("body").evaluate("e => getComputedStyle(e).direction")).isEqualTo("rtl");
        // Right to left: the site name starts at the right edge of the header.
        var header = page.locator("header.site-header").boundingBox();
        var name = page.locator("p.site-name a").boundingBox();
        assertThat(header.x + header.width - (name.x + name.width)).isLessThan(name.x - header.x);
        page.locator("#ui-en").click();
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("main h1")).hasText("Browse the documents");
    }

    @Test
    void activeFiltersAreChipsThatRemoveThemselvesAndClearAllRemovesEvery() {
        page.navigate(server.url("search?lang=fr&strength=requests&kind=operative"));
        Locator chips = page.locator("#active-filters a.chip");
        assertThat(chips).hasCount(2);
        // In the facets' order: the kind of provision, then the verb's strength.
        assertThat(chips.first()).containsText("Nature de la disposition: Paragraphe du dispositif");
        assertThat(chips.nth(1)).containsText("Force du verbe: prie");
        assertThat(page.locator("#results-h")).containsText("4 dispositions");
        chips.nth(1).click();
        assertThat(page.locator("#active-filters a.chip")).hasCount(1);
        assertThat(page.locator("#active-filters a.chip")).containsText("Paragraphe du dispositif");
        assertThat(page.locator("#results-h")).containsText("10 dispositions");
        page.locator("#clear-all").click();
        assertThat(page.locator("#active-filters")).hasCount(0);
        long provisions = org.compendium.parse.LanguageFixtures.KINDS.stream()
                .mapToLong(k -> org.compendium.bench.Regressions.getLong("parse.fixture." + k + ".provisions")).sum();
        assertThat(page.locator("#results-h")).containsText(provisions + " dispositions");
        // The strength facet reads as the scale, strongest first, in the interface language.
        assertThat(page.locator("input[name=strength] + label").first()).containsText("décide");
        assertThat(page.locator("input[name=strength] + label").nth(1)).containsText("prie instamment");
    }

    @Test
    void theExportLinkOfASearchDownloadsEveryHitInTheReadersLanguage() {
        page.navigate(server.url("search?lang=ru&q=" + encode("smuggling")));
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        String csv;
        try {
            csv = java.nio.file.Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(csv).startsWith("citation,work,eId");
        List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .readerForMapOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(rows::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int total = Integer.parseInt(page.locator("#results-h").textContent().replaceAll("\\D", ""));
        assertThat(rows).hasSize(total).allSatisfy(r -> {
            assertThat(r.get("language")).isEqualTo("ru");
            assertThat(r.get("versions")).isEqualTo("ar;zh;en;fr;ru;es");
        });
    }

    @Test
    void theQueryLanguageChosenInTheFormReadsTheWordsInThatLanguagesField() {
        page.navigate(server.url("search?lang=fr&q=migrants"));
        assertThat(page.locator("#qlang")).hasValue("");
        // Read as French, the French versions matched: their snippets mark the word.
        assertThat(page.locator("ol.hits li.hit p.snippet mark").first()).isVisible();
        page.selectOption("#qlang", "en");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("qlang=en"));
        assertThat(page.locator("#qlang")).hasValue("en");
        // Read as English, the English versions matched; the French reader sees the French text, unmarked.
        Locator first = page.locator("ol.hits li.hit").first();
        assertThat(first.locator("p.snippet")).hasAttribute("lang", "fr");
        assertThat(page.locator("ol.hits li.hit p.snippet mark")).hasCount(0);
    }
}
