package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.parse.grammar.Mastheads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Secretariat note as raw PDF extraction gives it, in the six languages (fixture {@code raw-masthead/}): no blank
 * line between the masthead (its two columns joined on a line), the agenda item's title, the subject wrapped over two
 * lines and the byline. The note is titled by its subject — before, the masthead, the agenda item and the subject were
 * one block holding {@code Distr.}, so an English note had no title and an Arabic one the venue, agenda item and
 * subject run together.
 */
class RawMastheadTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static final String KIND = "raw-masthead";

    private static final Map<Language, String> TITLE = Map.of(
            Language.ENGLISH, "Countering the misuse of online platforms and messaging services in the smuggling of migrants",
            Language.FRENCH, "Lutte contre l’utilisation abusive des plateformes en ligne et des services de messagerie aux fins du trafic illicite de migrants",
            Language.SPANISH, "Lucha contra el uso indebido de las plataformas en línea y los servicios de mensajería en el tráfico ilícito de migrantes",
            Language.RUSSIAN, "Противодействие злоупотреблению онлайновыми платформами и службами обмена сообщениями в целях незаконного ввоза мигрантов",
            Language.ARABIC, "التصدي لإساءة استخدام المنصات الإلكترونية وخدمات المراسلة في تهريب المهاجرين",
            Language.CHINESE, "打击滥用网络平台和即时通讯服务偷运移民的行为");

    /** The agenda item's title, which the masthead prints under the item's line: the masthead's, not the subject's. */
    private static final Map<Language, String> AGENDA_TITLE = Map.of(
            Language.ENGLISH, "Smuggling of migrants", Language.FRENCH, "Trafic illicite de migrants",
            Language.SPANISH, "Tráfico ilícito de migrantes", Language.RUSSIAN, "Незаконный ввоз мигрантов",
            Language.ARABIC, "تهريب المهاجرين", Language.CHINESE, "偷运移民");

    /** Paragraph 1's last words: its footnote mark (1) and paragraph 2, run on in the same line, are not its text. */
    private static final Map<Language, String> PARAGRAPH_1_END = Map.of(
            Language.ENGLISH, "invited to contribute to the present note.", Language.FRENCH, "à contribuer à la présente note.",
            Language.SPANISH, "a contribuir a la presente nota.", Language.RUSSIAN, "в подготовку настоящей записки.",
            Language.ARABIC, "إلى الإسهام في هذه المذكرة.", Language.CHINESE, "缔约国应邀为本说明提供资料。");

    /** "para. 2." inside paragraph 1 cites a paragraph of another document: paragraph 2 does not start there. */
    private static final Map<Language, String> CITED_PARAGRAPH = Map.of(
            Language.ENGLISH, "Rev.1, para. 2. States parties", Language.FRENCH, "Rev.1, par. 2. Les États parties",
            Language.SPANISH, "Rev.1, párr. 2. Se invitó", Language.RUSSIAN, "Rev.1, п. 2. Государствам",
            Language.ARABIC, "الفقرة 2. ودعيت", Language.CHINESE, "第2段中提出的建议");

    /**
     * A longer agenda item title, wrapped over two lines where no title ends: after a conjunction, an article or a
     * preposition ({@code and}, {@code la}, {@code عن}), before a line in lower case ({@code транснациональной}), inside
     * the brackets it opened ({@code 《…}).
     */
    private static final Map<Language, List<String>> WRAPPED_AGENDA_TITLE = Map.of(
            Language.ENGLISH, List.of("Implementation of the Protocol against the Smuggling of Migrants by Land, Sea and",
                    "Air, supplementing the United Nations Convention against Transnational Organized Crime"),
            Language.FRENCH, List.of("Application du Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la",
                    "Convention des Nations Unies contre la criminalité transnationale organisée"),
            Language.SPANISH, List.of("Aplicación del Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire, que complementa la",
                    "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional"),
            Language.RUSSIAN, List.of("Осуществление Протокола против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющего Конвенцию Организации Объединенных Наций против",
                    "транснациональной организованной преступности"),
            Language.ARABIC, List.of("تنفيذ بروتوكول مكافحة تهريب المهاجرين عن",
                    "طريق البر والبحر والجو، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"),
            Language.CHINESE, List.of("执行《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民",
                    "补充议定书》"));

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    static ParsedDocument parse(Language language) throws Exception {
        return PARSER.parse(LanguageFixtures.source(KIND, language));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aNoteUnderAMastheadWithoutBlankLinesIsTitledByItsSubject(Language language) throws Exception {
        ParsedDocument d = parse(language);
        assertThat(d.metadata().type()).isEqualTo(DocumentType.SECRETARIAT_REPORT);
        assertThat(d.metadata().language()).isEqualTo(language);
        assertThat(d.work()).hasToString("CTOC/COP/2026/5");
        assertThat(d.metadata().title()).isEqualTo(TITLE.get(language));
        List<Segment> front = d.segments().stream().filter(s -> s.kind() == SegmentKind.FRONT_MATTER).toList();
        // Three blocks: the masthead (with the agenda item's title), the subject, the byline.
        assertThat(front).hasSize(3);
        assertThat(front.getFirst().label()).isEqualTo("masthead");
        assertThat(front.getFirst().text()).contains("Distr.").endsWith(AGENDA_TITLE.get(language));
        assertThat(front.get(1).text()).isEqualTo(TITLE.get(language));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aWrappedAgendaItemTitleIsReadWholeWithTheMasthead(Language language) throws Exception {
        String fixture = LanguageFixtures.text(KIND, language);
        List<String> wrapped = WRAPPED_AGENDA_TITLE.get(language);
        String text = fixture.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(AGENDA_TITLE.get(language)) + "$",
                java.util.regex.Matcher.quoteReplacement(String.join("\n", wrapped)));
        assertThat(text).isNotEqualTo(fixture);
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("wrapped-agenda-" + language.code() + ".txt", text));
        assertThat(d.metadata().title()).isEqualTo(TITLE.get(language));
        List<Segment> front = d.segments().stream().filter(s -> s.kind() == SegmentKind.FRONT_MATTER).toList();
        assertThat(front).hasSize(3);
        assertThat(front.getFirst().label()).isEqualTo("masthead");
        assertThat(front.getFirst().text()).endsWith(wrapped.getFirst() + (language == Language.CHINESE ? "" : " ") + wrapped.getLast());
        assertThat(front.get(1).text()).isEqualTo(TITLE.get(language));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void paragraphsRunTogetherInALineArePartedAtTheExpectedNumberAndTheirMarksSetApart(Language language) throws Exception {
        ParsedDocument d = parse(language);
        assertThat(d.provisions()).extracting(p -> p.eId().toString()).containsExactly("para_1", "para_2", "para_3", "para_4",
                "para_4__subpara_a", "para_4__subpara_b", "para_4__subpara_c", "para_5", "para_6", "para_7");
        assertThat(d.coverage().describe()).isEqualTo("100.00%");
        assertThat(d.provisions().getFirst().text()).endsWith(PARAGRAPH_1_END.get(language)).contains(CITED_PARAGRAPH.get(language));
        // Marks 1 and 2 end paragraphs 1 and 2 with paragraph 2 and 3 run on after them, mark 3 ends paragraph 6 and
        // its line: each a footnote reference, none left in a provision's text.
        assertThat(d.segments()).filteredOn(s -> s.label().startsWith("mark ")).extracting(Segment::label)
                .containsExactly("mark 1", "mark 2", "mark 3");
        assertThat(d.provisions()).extracting(p -> p.text())
                .noneMatch(t -> t.matches("(?s).*[.。][123](?:\\s.*|$)"))
                // "resolution 11/5", "No. 6", "Rev.1" and the date before paragraph 6 stay whole.
                .anyMatch(t -> t.contains("11/5"));
        assertThat(d.provisions().get(7).text()).doesNotContain("6.").contains("2025");
        assertThat(d.provisions().get(8).text()).doesNotContain("2025");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theLetteredItemsOfAParagraphAreItsSubParagraphs(Language language) throws Exception {
        ParsedDocument d = parse(language);
        List<Provision> four = d.provisions().subList(3, 7);
        // The paragraph keeps its chapeau, as a resolution's operative paragraph does; each item is a provision below it.
        assertThat(four.getFirst().kind()).isEqualTo(ProvisionKind.PARAGRAPH);
        assertThat(four.getFirst().text()).endsWith(language == Language.FRENCH ? " :" : language == Language.CHINESE ? "：" : ":");
        assertThat(four.subList(1, 4)).extracting(Provision::kind).containsOnly(ProvisionKind.SUBPARAGRAPH);
        assertThat(four.subList(1, 4)).extracting(p -> p.citation().toString())
                .containsExactly("CTOC/COP/2026/5 para. 4(a)", "CTOC/COP/2026/5 para. 4(b)", "CTOC/COP/2026/5 para. 4(c)");
        assertThat(four.subList(1, 4)).extracting(p -> String.join(" ", p.path())).containsExactly("4 a", "4 b", "4 c");
        // No item keeps its letter, nor the next item's.
        assertThat(four).extracting(Provision::text).noneMatch(t -> t.matches("(?s).*[(（]?(?:[abc]|[أبج])[)）].*"));
        assertThat(four.get(3).text()).endsWith(language == Language.CHINESE ? "。" : ".");
    }

    /** A General Assembly masthead as raw extraction gives it, the columns joined, no blank line: after the symbol line. */
    private static final Map<Language, String> GA_MASTHEAD = Map.of(
            Language.ENGLISH, "General Assembly                 Distr.: General\n                                 9 December 2025\nEightieth session\nAgenda item 108\n",
            Language.FRENCH, "Assemblée générale               Distr. générale\n                                 9 décembre 2025\nQuatre-vingtième session\nPoint 108 de l’ordre du jour\n",
            Language.SPANISH, "Asamblea General                 Distr. general\n                                 9 de diciembre de 2025\nOctogésimo período de sesiones\nTema 108 del programa\n",
            Language.RUSSIAN, "Генеральная Ассамблея            Distr.: General\n                                 9 December 2025\nВосьмидесятая сессия\nПункт 108 повестки дня\n",
            Language.ARABIC, "Distr.: General                  الجمعية العامة\n9 December 2025\nالدورة الثمانون\nالبند 108 من جدول الأعمال\n",
            Language.CHINESE, "大  会                            Distr.: General\n                                 9 December 2025\n第八十届会议\n议程项目108\n");

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aResolutionUnderAMastheadWithoutBlankLinesReadsAsItsFixture(Language language) throws Exception {
        String fixture = LanguageFixtures.text(LanguageFixtures.GA_DECLARATION, language);
        String symbol = fixture.lines().findFirst().orElseThrow().strip();
        String first = language == Language.ARABIC ? symbol + "                    " + MastheadTest.ORGANIZATION.get(language)
                : MastheadTest.ORGANIZATION.get(language) + "                    " + symbol;
        String body = String.join("\n", fixture.lines().skip(1).filter(l -> !l.isBlank()).toList());
        ParsedDocument raw = PARSER.parse(LanguageFixtures.source("ga-raw-" + language.code() + ".txt",
                first + "\n" + GA_MASTHEAD.get(language) + body + "\n"));
        ParsedDocument plain = PARSER.parse(LanguageFixtures.source(LanguageFixtures.GA_DECLARATION, language));
        assertThat(raw.work()).isEqualTo(plain.work());
        assertThat(raw.metadata().title()).isEqualTo(plain.metadata().title()).isNotBlank().doesNotContain("Distr");
        assertThat(raw.provisions()).extracting(p -> p.citation() + " " + p.text())
                .containsExactlyElementsOf(plain.provisions().stream().map(p -> p.citation() + " " + p.text()).toList());
    }

    @Test
    void lettersThatAreNotTheParagraphsItemsStayText() throws Exception {
        String text = """
                CTOC/COP/2026/8
                Report of the Secretariat
                I. Introduction
                1. The Working Group recalled paragraph 4 (b) of resolution 11/5 and paragraph 2 (a) of decision 4/4. It noted: (b) in particular, the request to the Secretariat.
                2. The Secretariat has undertaken the following:
                (a) Regional workshops; and
                (b) Legal advice.
                3. At its first meeting, the Working Group adopted the following agenda:
                1. Organizational matters:
                (a) Opening of the meeting;
                (b) Adoption of the agenda.
                2. Other matters.
                """;
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("quoted-letters.txt", text));
        assertThat(d.provisions()).extracting(p -> p.eId().toString())
                .containsExactly("para_1", "para_2", "para_2__subpara_a", "para_2__subpara_b", "para_3");
        assertThat(d.provisions().getFirst().text()).contains("paragraph 4 (b) of resolution 11/5", "It noted: (b) in particular");
        // The agenda's items 1 (a) and (b) are the agenda's, quoted in paragraph 3: its text, not its sub-paragraphs.
        assertThat(d.provisions().getLast().text()).contains("(a) Opening of the meeting; (b) Adoption of the agenda. 2. Other matters.");
    }

    @Test
    void aNumberInsideALineStartsAParagraphOnlyWhenExpectedAfterASentencesEnd() {
        var paragraph = org.compendium.parse.grammar.Grammars.of(Language.ENGLISH).report().paragraph();
        assertThat(MidLineNumbers.cut("as set out in CTOC/COP/2024/4/Rev.1 6. The", 6, paragraph)).isEqualTo(-1);
        assertThat(MidLineNumbers.cut("see Treaty Series, No. 6. The Working Group", 6, paragraph)).isEqualTo(-1);
        assertThat(MidLineNumbers.cut("see the previous report, para. 6. The Working Group", 6, paragraph)).isEqualTo(-1);
        assertThat(MidLineNumbers.cut("in its resolution 11/5. The Working Group", 5, paragraph)).isEqualTo(-1);
        assertThat(MidLineNumbers.cut("held on 6 July 2025. The Working Group", 6, paragraph)).isEqualTo(-1);
        assertThat(MidLineNumbers.cut("adopted on 15 July 2025 6. The Working Group", 6, paragraph)).isEqualTo(-1);
        assertThat(MidLineNumbers.cut("paragraphs 5 and 6. The Working Group", 6, paragraph)).isEqualTo(-1);
        assertThat(MidLineNumbers.cut("trafficking in persons. 7. We recall", 6, paragraph)).as("not the number expected").isEqualTo(-1);
        assertThat(MidLineNumbers.cut("trafficking in persons. 6. and the", 6, paragraph)).as("a sentence goes on").isEqualTo(-1);
        assertThat(MidLineNumbers.cut("trafficking in persons.8 6. We recall", 6, paragraph)).isEqualTo(25);
        assertThat(MidLineNumbers.cut("trafficking in persons. 6. We recall", 6, paragraph)).isEqualTo(24);
        assertThat(MidLineNumbers.cut("entered into force on 1 July 2025. 6. Most States", 6, paragraph)).isEqualTo(35);
        assertThat(MidLineNumbers.cut("(see A/79/123, para. 5). 6. Most States", 6, paragraph)).isEqualTo(25);
    }

    @Test
    void aMarkGluedInsideALineIsAFootnoteReference() throws Exception {
        String text = """
                CTOC/COP/2026/7
                Report of the Secretariat
                I. Introduction
                1. The Conference adopted the Protocol against the Smuggling of Migrants by Land, Sea and Air,4 which entered into force in 2004. States parties reported on it.5 The Secretariat, in document CTOC/COP/WG.7/2025/4/Rev.1 and in Treaty Series No.2 of 2004, summarized the replies.
                2. The present report covers 2025.
                """;
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("mid-line-marks.txt", text));
        assertThat(d.provisions()).hasSize(2);
        assertThat(d.provisions().getFirst().text()).isEqualTo("The Conference adopted the Protocol against the Smuggling of "
                + "Migrants by Land, Sea and Air, which entered into force in 2004. States parties reported on it. The Secretariat, "
                + "in document CTOC/COP/WG.7/2025/4/Rev.1 and in Treaty Series No.2 of 2004, summarized the replies.");
        assertThat(d.segments()).filteredOn(s -> s.label().startsWith("mark ")).extracting(Segment::label).containsExactly("mark 4", "mark 5");
    }

    @Test
    void mastheadLinesAreKnownInTheSixLanguagesAndTheSubjectIsNot() {
        assertThat(List.of("United Nations                 CTOC/COP/2026/5", "Conference of the Parties to the      Distr.: General",
                "United Nations Convention against     12 May 2026", "Transnational Organized Crime", "   Original: English",
                "Thirteenth session", "Vienna, 12–16 October 2026", "Item 4 (b) of the provisional agenda*",
                "Treizième session", "Point 4 b) de l’ordre du jour provisoire*", "Vienne, 12-16 octobre 2026",
                "la criminalité transnationale organisée", "Decimotercer período de sesiones", "Viena, 12 a 16 de octubre de 2026",
                "12 de mayo de 2026", "Тринадцатая сессия", "Вена, 12–16 октября 2026 года", "Пункт 4 b) предварительной повестки дня*",
                "الدورة الثالثة عشرة", "فيينا، 12-16 تشرين الأول/أكتوبر 2026", "البند 4 (ب) من جدول الأعمال المؤقت*",
                "第十三届会议", "2026年10月12日至16日，维也纳", "临时议程项目4(b)*", "公约缔约方会议           12 May 2026", "大  会",
                "Agenda item 107", "Eightieth session", "General Assembly          Distr.: General"))
                .allMatch(Mastheads::isMastheadLine);
        assertThat(List.of("Smuggling of migrants", "Countering the misuse of online platforms and messaging services in the",
                "Report of the Secretariat", "I. Introduction", "1. In its resolution 12/4, the Conference",
                "Implementation of the United Nations Convention against Transnational Organized Crime", "偷运移民",
                "2026年5月27日至29日在维也纳举行的会议的报告", "Trafficking in persons"))
                .noneMatch(Mastheads::isMastheadLine);
    }
}
