package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
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
