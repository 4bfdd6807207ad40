package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.p;
import static org.compendium.parse.grammar.Grammar.pi;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.parse.french.FrenchOrdinals;

/**
 * How a compendium of a working group's recommendations and the Conference's resolutions and decisions is printed in
 * each UN language — UNODC's own (the 2021 compendium in French) and the editions this project publishes: the
 * contents heading, part A ({@code A. Recommendations adopted by the Working Group …}), part B ({@code B. Resolutions
 * and decisions adopted by the Conference of the Parties …}), a meeting's or a session's heading ({@code I. First
 * meeting, 30 May–1 June 2012}, {@code XIII. Thirteenth session}, {@code XIV. 第十四次会议，2025年7月1日至3日}), the
 * thematic index's heading, and the numbers and letters of the recommendations it reproduces.
 *
 * @param contents       the table of contents' heading, a whole line
 * @param partA          the heading of part A, a whole line
 * @param partB          the heading of part B, a whole line
 * @param meeting        a meeting's heading, a whole line; group {@code n} its number as printed ({@code XIV}, {@code أولاً})
 * @param session        a session's heading, a whole line; group {@code n} its number as printed
 * @param index          the thematic index's heading, a whole line (not its entry in the contents, which ends with
 *                       leader dots or a tab and a page number)
 * @param recommendation the start of a recommendation; group 1 its number
 * @param recommendationLabel its number, to cut from its text
 * @param lettered       the start of a lettered sub-paragraph; group 1 its letter as printed
 * @param letterLabel    its letter, to cut from its text
 * @param sectionIds     printed section numbers in words to Roman numerals ({@code أول} gives {@code I}), as Arabic
 *                       reports number their chapters (Chinese numerals are read as numbers)
 */
public record CompendiumGrammar(Pattern contents, Pattern partA, Pattern partB, Pattern meeting, Pattern session,
                                Pattern index, Pattern recommendation, Pattern recommendationLabel, Pattern lettered,
                                Pattern letterLabel, Map<String, String> sectionIds) {
    public CompendiumGrammar {
        sectionIds = Map.copyOf(sectionIds);
    }

    /**
     * The label a compendium prints before a preambular paragraph it reproduces, in any of the six languages
     * ({@code al. 1}, {@code PP 1}, {@code p. p. 1}, {@code п. п. 1}, {@code ف د 1}, {@code 序言段1}): group 1 its number.
     */
    public static final Pattern PREAMBULAR_LABEL = Pattern.compile(
            "^\\s*(?:[Aa]l\\.|PP|p\\.\\s{0,2}p\\.|п\\.\\s{0,2}п\\.|ف\\s?د|序言段)\\s*(\\d{1,2})\\s+(?=\\S)", Pattern.UNICODE_CHARACTER_CLASS);

    /** {@link #PREAMBULAR_LABEL} with the space after it, to cut from the paragraph's text. */
    public static final Pattern PREAMBULAR_LABEL_CUT = Pattern.compile(
            "^(?:[Aa]l\\.|PP|p\\.\\s{0,2}p\\.|п\\.\\s{0,2}п\\.|ف\\s?د|序言段)\\s*\\d{1,2}\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    /** A contents entry's end: leader dots or a tab, then the page number. */
    private static final String NOT_CONTENTS_ENTRY = "(?![^\\t]*?(?:\\.{4,}|\\t)\\s*\\d{1,3}\\s*$)";

    /** The number of a meeting or session heading ({@code XIV} gives 14, {@code ثالثاً} 3, {@code 三、} 3), or empty. */
    public OptionalInt number(Matcher heading) {
        String printed = heading.group("n");
        String roman = sectionIds.get(printed);
        if (roman != null) {
            return FrenchOrdinals.parseRoman(roman);
        }
        OptionalInt n = FrenchOrdinals.parseRoman(printed);
        return n.isPresent() ? n : Numerals.chinese(printed);
    }

    /** The compendium grammar of a language; French for a language without one. */
    public static CompendiumGrammar of(Language language) {
        return switch (language) {
            case ENGLISH -> ENGLISH;
            case SPANISH -> SPANISH;
            case RUSSIAN -> RUSSIAN;
            case ARABIC -> ARABIC;
            case CHINESE -> CHINESE;
            default -> FRENCH;
        };
    }

    /** Roman numeral headings, {@code XIV. Fourteenth meeting, 1–3 July 2025}, with the heading's noun. */
    private static Pattern romanHeading(String noun) {
        return pi("^[*#\\s]*(?<n>[IVX]{1,5})\\.\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+" + noun + "(?:\\s*,\\s*[^\\t]+)?[*\\s]*$");
    }

    /** {@code XIV. الاجتماع الرابع عشر، …} as editions print it, or {@code رابعاً - الاجتماع الرابع، …} as Arabic reports number chapters. */
    private static Pattern arabicHeading(String noun) {
        return p("^[*#\\s]*(?<n>[IVX]{1,5}(?=\\.)|(?:" + ARABIC_CHAPTERS + ")(?=اً|ًا|ا))(?:\\.|(?:اً|ًا|ا)\\s*[-–])\\s*"
                + noun + "\\s[^\\t]*$");
    }

    /** {@code XIV. 第十四次会议，2025年7月1日至3日} as editions print it, or {@code 十四、第十四次会议} as Chinese reports number chapters. */
    private static Pattern chineseHeading(String noun) {
        return p("^[*#\\s]*(?<n>[IVX]{1,5}(?=[.．])|[一二三四五六七八九十]{1,3}(?=、))[.．、]\\s*第[^\\t]{1,6}" + noun
                + "(?:[，,][^\\t]+)?[*\\s]*$");
    }

    /** The French compendium's own shapes, as the reader had them before there were other languages (dates now optional). */
    private static final CompendiumGrammar FRENCH = new CompendiumGrammar(
            // Headings as text, or behind Markdown's hashes and emphasis (this project's Markdown editions).
            p("^[*#\\s]*Table des matières[*\\s]*$"),
            p("^[*#\\s]*A\\.\\s+Recommandations adoptées[^\\t]*$"),
            p("^[*#\\s]*B\\.\\s+Résolutions et décisions adoptées[^\\t]*$"),
            // The dates after the comma are those of UNODC's compendium; an edition of a session whose dates are not
            // stored prints the heading without them.
            p("^[*#\\s]*(?<n>[IVX]{1,5})\\.\\s+(\\S+)\\s+réunion(?:,\\s*([^\\t]+))?$"),
            p("^[*#\\s]*(?<n>[IVX]{1,5})\\.\\s+(\\S+)\\s+session(?:,\\s*([^\\t]+))?$"),
            // UNODC's compendium heads it "Index thématique"; this project's editions print the index's full title.
            p("^[*#\\s]*Index thématique(?:\\s+des\\s+recommandations" + NOT_CONTENTS_ENTRY + "[^\\t]*)?[*\\s]*$"),
            p("^\\s*(\\d{1,2})\\.\\s+\\S"),
            p("^\\d{1,2}\\.\\s*"),
            p("^[-\\s]*([a-z])\\)\\**\\s+\\S"),
            p("^-?\\s*[a-z]\\)\\s*"),
            Map.of());

    private static final CompendiumGrammar ENGLISH = new CompendiumGrammar(
            pi("^[*#\\s]*Contents[*\\s]*$"),
            pi("^[*#\\s]*A\\.\\s+Recommendations\\s+adopted\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            pi("^[*#\\s]*B\\.\\s+Resolutions\\s+and\\s+decisions\\s+adopted\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            romanHeading("meeting"),
            romanHeading("session"),
            pi("^[*#\\s]*Thematic\\s+index\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            p("^\\s*(\\d{1,2})\\.\\s+\\S"),
            p("^\\d{1,2}\\.\\s*"),
            p("^[-\\s]*\\(([a-z])\\)\\**\\s+\\S"),
            p("^-?\\s*\\([a-z]\\)\\s*"),
            Map.of());

    private static final CompendiumGrammar SPANISH = new CompendiumGrammar(
            pi("^[*#\\s]*Índice[*\\s]*$"),
            pi("^[*#\\s]*A\\.\\s+Recomendaciones\\s+aprobadas\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            pi("^[*#\\s]*B\\.\\s+Resoluciones\\s+y\\s+decisiones\\s+aprobadas\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            romanHeading("reunión"),
            romanHeading("período\\s+de\\s+sesiones"),
            pi("^[*#\\s]*Índice\\s+temático\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            p("^\\s*(\\d{1,2})\\.\\s+\\S"),
            p("^\\d{1,2}\\.\\s*"),
            p("^[-\\s]*([a-z])\\)\\**\\s+\\S"),
            p("^-?\\s*[a-z]\\)\\s*"),
            Map.of());

    private static final CompendiumGrammar RUSSIAN = new CompendiumGrammar(
            pi("^[*#\\s]*Содержание[*\\s]*$"),
            pi("^[*#\\s]*[AА]\\.\\s+Рекомендации,?\\s+принятые\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            pi("^[*#\\s]*[BБ]\\.\\s+Резолюции\\s+и\\s+решения,?\\s+принятые\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            romanHeading("совещание"),
            romanHeading("сессия"),
            pi("^[*#\\s]*Тематический\\s+указатель\\b" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            p("^\\s*(\\d{1,2})\\.\\s+\\S"),
            p("^\\d{1,2}\\.\\s*"),
            p("^[-\\s]*([a-zа-я])\\)\\**\\s+\\S"),
            p("^-?\\s*[a-zа-я]\\)\\s*"),
            Map.of());

    /** Arabic numbers its chapters in words ({@code أولاً -}); this project's editions print Roman numerals. */
    private static final String ARABIC_CHAPTERS = "أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر";

    private static final CompendiumGrammar ARABIC = new CompendiumGrammar(
            p("^[*#\\s]*المحتويات[*\\s]*$"),
            p("^[*#\\s]*(?:ألف\\s*[-–]|A\\.)\\s*التوصيات\\s+التي\\s+اعتمد" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            p("^[*#\\s]*(?:باء\\s*[-–]|B\\.)\\s*القرارات\\s+والمقررات\\s+التي\\s+اعتمد" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            arabicHeading("الاجتماع"),
            arabicHeading("الدورة"),
            p("^[*#\\s]*الفهرس\\s+المواضيعي" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            p("^\\s*(\\d{1,2})\\s*[-–]\\s*\\S"),
            p("^\\d{1,2}\\s*[-–]\\s*"),
            p("^\\s*\\(([\\p{IsArabic}\\u0640]{1,3})\\)\\s*\\S"),
            p("^\\s*\\([\\p{IsArabic}\\u0640]{1,3}\\)\\s*"),
            Map.of("أول", "I", "ثاني", "II", "ثالث", "III", "رابع", "IV", "خامس", "V", "سادس", "VI", "سابع", "VII",
                    "ثامن", "VIII", "تاسع", "IX", "عاشر", "X"));

    private static final CompendiumGrammar CHINESE = new CompendiumGrammar(
            p("^[*#\\s]*目\\s*录[*\\s]*$"),
            p("^[*#\\s]*A[.．]\\s*[^\\t]{0,40}通过的建议" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            p("^[*#\\s]*B[.．]\\s*[^\\t]{0,40}通过的决议和决定" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            chineseHeading("次会议"),
            chineseHeading("届会议"),
            p("^[*#\\s]*[^\\t]{0,30}专题索引" + NOT_CONTENTS_ENTRY + "[^\\t]*$"),
            p("^\\s*(\\d{1,2})[.．]\\s*\\S"),
            p("^\\d{1,2}[.．]\\s*"),
            p("^\\s*[(（]([a-z])[)）]\\s*\\S"),
            p("^\\s*[(（][a-z][)）]\\s*"),
            Map.of());
}
