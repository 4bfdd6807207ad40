package org.compendium.parse.grammar;

import java.util.regex.Pattern;
import org.compendium.model.Language;

/**
 * The words of a compendium's thematic-index table in each UN language — UNODC's French index and the six editions
 * this project publishes (their {@code edition_*.properties} write the same words; {@code SixLanguageIndexImportTest}
 * reads each edition's index back): the header cells, the part switch ({@code Partie B}, {@code Part B},
 * {@code الجزء باء}, {@code B部分}), the list words ({@code et}, {@code and}, {@code y}, {@code и}, {@code و}, {@code 和}),
 * the range word ({@code III.19 à 21}, {@code 23 to 25}), a theme's continuation on the next page
 * ({@code (suite)}, {@code (continued)}), the instrument cell and the label of a preambular paragraph.
 *
 * <p>Regular-expression fragments, so that the readers of the reference and number cells build one token pattern
 * from them. Fragments are compiled with {@link Pattern#UNICODE_CHARACTER_CLASS}, so {@code \b} holds in every script.
 *
 * @param themeHeader   the theme column's header cell
 * @param symbolHeader  the report-symbol column's header cell
 * @param part          a part switch; group {@code p} the part's letter as printed (see {@link #partLetter})
 * @param and           the word joining a list's last item, as a token of its own (Arabic glues it to the item)
 * @param range         the word of a range
 * @param continued     a theme label's continuation mark, at its end
 * @param instrument    an instrument cell's resolution or decision
 * @param preambular    the label of a preambular paragraph before its number ({@code al.}, {@code PP}, {@code ف د})
 */
public record IndexWording(String themeHeader, String symbolHeader, String part, String and, String range,
                           Pattern continued, Pattern instrument, String preambular) {
    /** Separators of list items in any language: Latin, Arabic and Chinese commas and semicolons. */
    public static final String SEPARATORS = "[,;،؛、，；]";

    /** Part A or B from the letter a part switch prints: Latin, Cyrillic ({@code А}, {@code Б}) or Arabic ({@code ألف}, {@code باء}). */
    public static char partLetter(String printed) {
        return switch (printed) {
            case "A", "А", "ألف" -> 'A';
            case "B", "Б", "В", "باء" -> 'B';
            default -> throw new IllegalArgumentException("not a part letter: '" + printed + "'");
        };
    }

    /** The wording of a language's index; French for a language without one. */
    public static IndexWording of(Language language) {
        return switch (language) {
            case ENGLISH -> ENGLISH;
            case SPANISH -> SPANISH;
            case RUSSIAN -> RUSSIAN;
            case ARABIC -> ARABIC;
            case CHINESE -> CHINESE;
            default -> FRENCH;
        };
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static final IndexWording FRENCH = new IndexWording("Thème", "Cote", "Partie\\s+(?<p>[AB])", "\\bet\\b", "\\bà\\b",
            compile("\\s*(<i>)?\\(suite\\)(</i>)?\\s*$"), compile("(Résolution|Décision)\\s+\\d+/\\d+"), "al\\.\\s*");
    private static final IndexWording ENGLISH = new IndexWording("Theme", "Symbol", "Part\\s+(?<p>[AB])", "\\band\\b",
            "\\bto\\b|–", compile("\\s*(<i>)?\\(continued\\)(</i>)?\\s*$"), compile("(Resolution|Decision)\\s+\\d+/\\d+"),
            "PP\\s*");
    private static final IndexWording SPANISH = new IndexWording("Tema", "Signatura", "Parte\\s+(?<p>[AB])", "\\b[ye]\\b",
            "\\ba\\b|–", compile("\\s*(<i>)?\\(continuación\\)(</i>)?\\s*$"), compile("(Resolución|Decisión)\\s+\\d+/\\d+"),
            "p\\.\\s?p\\.\\s*");
    private static final IndexWording RUSSIAN = new IndexWording("Тема", "Условное обозначение", "Часть\\s+(?<p>[AАBБВ])",
            "\\bи\\b", "–|\\bпо\\b", compile("\\s*(<i>)?\\(продолжение\\)(</i>)?\\s*$"),
            compile("(Резолюция|Решение)\\s+\\d+/\\d+"), "п\\.\\s?п\\.\\s*");
    /** Arabic glues its "and" to the next item ({@code وXIV.4}), and numbers parts by letter names. */
    private static final IndexWording ARABIC = new IndexWording("الموضوع", "الرمز", "الجزء\\s+(?<p>ألف|باء)",
            "و(?=\\s*[IVX\\d(])", "\\bإلى\\b|–", compile("\\s*(<i>)?\\(تابع\\)(</i>)?\\s*$"),
            compile("(القرار|المقرر)\\s+\\d+/\\d+"), "ف\\s?د\\s*");
    private static final IndexWording CHINESE = new IndexWording("专题", "文号", "(?<p>[AB])\\s*部分", "和|及", "至|–",
            compile("\\s*(<i>)?[(（]续[)）](</i>)?\\s*$"), compile("第\\s*\\d+/\\d+\\s*号(?:决议|决定)"), "序言段\\s*");
}
