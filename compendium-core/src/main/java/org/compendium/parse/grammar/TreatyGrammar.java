package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.p;
import static org.compendium.parse.grammar.Grammar.pi;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.model.TreatyInstrument;

/**
 * How the Convention and its Protocols are printed in each UN language: the instrument's title, the preamble
 * ({@code The States Parties to this Protocol,} … {@code Have agreed as follows:}) and its paragraphs' opening words,
 * and the article headings ({@code Article 6}, {@code Article premier}, {@code Artículo 6}, {@code Статья 6},
 * {@code المادة 6}, {@code 第六条}). Chapters, numbered paragraphs and lettered sub-paragraphs are printed as in the
 * language's reports and resolutions, so the reader takes those shapes from {@link Grammar}.
 *
 * @param titles           each instrument's title as its first line prints it, Protocols before the Convention
 *                         (a Protocol's title names the Convention it supplements)
 * @param preambleHeading  the {@code Preamble} heading line
 * @param opening          the start of the line naming the parties ({@code The States Parties to this Protocol}), no
 *                         more of it than a narrow column keeps on its first line
 * @param agreed           the line that closes the preamble ({@code Have agreed as follows:})
 * @param articleHeading   a whole line heading an article; group 1 its number as printed ({@code 6}, {@code premier},
 *                         {@code 六})
 * @param articleLabel     the heading to cut from the start of an article's text
 * @param preambleOpeners  the words that open a preambular paragraph of a treaty ({@code Declaring}, {@code Convinced})
 */
public record TreatyGrammar(List<Title> titles, Pattern preambleHeading, Pattern opening, Pattern agreed,
                            Pattern articleHeading, Pattern articleLabel, VerbTable preambleOpeners) {

    /** An instrument and its title in one language. */
    public record Title(TreatyInstrument instrument, Pattern title) {
    }

    public TreatyGrammar {
        titles = List.copyOf(titles);
    }

    /** The instrument whose title the line starts with, or null. */
    public TreatyInstrument instrument(String line) {
        for (Title t : titles) {
            if (t.title().matcher(line).lookingAt()) {
                return t.instrument();
            }
        }
        return null;
    }

    /** The article number of a heading line ({@code Article 6} gives 6, {@code 第十八条} 18), or empty. */
    public OptionalInt articleNumber(String line) {
        Matcher m = articleHeading.matcher(line);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        String printed = Numerals.ascii(m.group(1));
        if (printed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.of(Integer.parseInt(printed));
        }
        if (FIRST.matcher(printed).matches()) {
            return OptionalInt.of(1);
        }
        return Numerals.chinese(printed);
    }

    /** The French and Spanish way of numbering the first article in words ({@code Article premier}, {@code Artículo primero}). */
    private static final Pattern FIRST = pi("premier|primero");

    private static final String DIGITS = "(\\d{1,3}";

    /** The treaty grammar of a language; French for {@link Language#UNDETERMINED}, as {@link Grammars#of} does. */
    public static TreatyGrammar of(Language language) {
        return switch (language) {
            case ARABIC -> ARABIC;
            case CHINESE -> CHINESE;
            case ENGLISH -> ENGLISH;
            case FRENCH, UNDETERMINED -> FRENCH;
            case RUSSIAN -> RUSSIAN;
            case SPANISH -> SPANISH;
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Title> titles(String trafficking, String smuggling, String firearms, String convention) {
        return List.of(new Title(TreatyInstrument.TRAFFICKING_PROTOCOL, pi("^[#*\\s]*" + trafficking)),
                new Title(TreatyInstrument.SMUGGLING_PROTOCOL, pi("^[#*\\s]*" + smuggling)),
                new Title(TreatyInstrument.FIREARMS_PROTOCOL, pi("^[#*\\s]*" + firearms)),
                new Title(TreatyInstrument.CONVENTION, pi("^[#*\\s]*" + convention)));
    }

    private static final TreatyGrammar ENGLISH = new TreatyGrammar(
            titles("Protocol to Prevent, Suppress and Punish Trafficking in Persons",
                    "Protocol against the Smuggling of Migrants by Land, Sea and Air",
                    "Protocol against the Illicit Manufacturing of and Trafficking in Firearms",
                    "United Nations Convention against Transnational Organized Crime"),
            pi("^\\s*Preamble\\s*$"),
            pi("^\\s*The States Parties to(?:\\s+(?:this|the present))?(?:\\s+(?:Protocol|Convention))?\\b"),
            pi("^\\s*Have agreed as follows\\s*:\\s*$"),
            pi("^[#*\\s]*Article\\s+" + DIGITS + ")[*\\s]*$"),
            pi("^Article\\s+\\d{1,3}\\s*"),
            new VerbTable(List.of("Declaring", "Concerned", "Deeply concerned", "Convinced", "Recalling", "Noting",
                    "Taking into account", "Bearing in mind", "Determined", "Desiring", "Considering", "Affirming",
                    "Recognizing", "Reaffirming", "Mindful", "Emphasizing"), true));

    private static final TreatyGrammar FRENCH = new TreatyGrammar(
            titles("Protocole visant à prévenir, réprimer et punir la traite des personnes",
                    "Protocole contre le trafic illicite de migrants par terre, air et mer",
                    "Protocole contre la fabrication et le trafic illicites d[’']armes à feu",
                    "Convention des Nations Unies contre la criminalité transnationale organisée"),
            pi("^\\s*Préambule\\s*$"),
            pi("^\\s*Les États Parties (?:au|à la)\\b"),
            pi("^\\s*Sont convenus de ce qui suit\\s*:\\s*$"),
            pi("^[#*\\s]*Article\\s+" + DIGITS + "|premier)[*\\s]*$"),
            pi("^Article\\s+(?:\\d{1,3}|premier)\\s*"),
            new VerbTable(List.of("Déclarant", "Préoccupés", "Profondément préoccupés", "Convaincus", "Rappelant",
                    "Notant", "Tenant compte", "Ayant à l'esprit", "Ayant à l’esprit", "Résolus", "Désireux",
                    "Considérant", "Affirmant", "Reconnaissant", "Réaffirmant", "Conscients", "Soulignant"), true));

    private static final TreatyGrammar SPANISH = new TreatyGrammar(
            titles("Protocolo para prevenir, reprimir y sancionar la trata de personas",
                    "Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire",
                    "Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego",
                    "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional"),
            pi("^\\s*Preámbulo\\s*$"),
            pi("^\\s*Los Estados Parte(?:s)? en\\b"),
            pi("^\\s*Han acordado lo siguiente\\s*:\\s*$"),
            pi("^[#*\\s]*Artículo\\s+" + DIGITS + "|primero)[*\\s]*$"),
            pi("^Artículo\\s+(?:\\d{1,3}|primero)\\s*"),
            new VerbTable(List.of("Declarando", "Preocupados", "Profundamente preocupados", "Convencidos", "Recordando",
                    "Observando", "Teniendo en cuenta", "Decididos", "Deseosos", "Considerando", "Afirmando",
                    "Reconociendo", "Reafirmando", "Conscientes", "Destacando"), true));

    private static final TreatyGrammar RUSSIAN = new TreatyGrammar(
            titles("Протокол о предупреждении и пресечении торговли людьми",
                    "Протокол против незаконного ввоза мигрантов по суше, морю и воздуху",
                    "Протокол против незаконного изготовления и оборота огнестрельного оружия",
                    "Конвенция Организации Объединенных Наций против транснациональной организованной преступности"),
            pi("^\\s*Преамбула\\s*$"),
            pi("^\\s*Государства\\s*[-–—]\\s*участники\\b"),
            pi("^\\s*согласились о нижеследующем\\s*:\\s*$"),
            pi("^[#*\\s]*Статья\\s+" + DIGITS + ")[*\\s]*$"),
            pi("^Статья\\s+\\d{1,3}\\s*"),
            new VerbTable(List.of("заявляя", "будучи обеспокоены", "будучи глубоко обеспокоены", "будучи убеждены",
                    "ссылаясь", "отмечая", "принимая во внимание", "учитывая", "будучи преисполнены решимости",
                    "желая", "считая", "подтверждая", "признавая", "вновь подтверждая", "сознавая", "подчеркивая"), true));

    private static final TreatyGrammar ARABIC = new TreatyGrammar(
            titles("بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص",
                    "بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو",
                    "بروتوكول مكافحة صنع الأسلحة النارية",
                    "اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية"),
            p("^\\s*الديباجة\\s*$"),
            p("^\\s*(?:إن\\s+)?الدول الأطراف في"),
            p("^\\s*(?:قد\\s+)?اتفقت على ما يلي\\s*:\\s*$"),
            p("^[#*\\s]*المادة\\s+" + DIGITS + ")[*\\s]*$"),
            p("^المادة\\s+\\d{1,3}\\s*"),
            new VerbTable(concat(VerbTable.prefixed(List.of("إذ", "وإذ"), List.of("تعلن", "يقلقها", "يساورها القلق",
                    "تشير", "تلاحظ", "تضع في اعتبارها", "تؤكد", "تسلم", "تعترف", "تؤكد من جديد", "تدرك", "تشدد")),
                    List.of("واقتناعا منها", "اقتناعا منها", "وتصميما منها", "ورغبة منها")), true));

    private static final TreatyGrammar CHINESE = new TreatyGrammar(
            titles("(?:《?联合国打击跨国有组织犯罪公约》?)?关于预防、禁止和惩治贩运人口",
                    "(?:《?联合国打击跨国有组织犯罪公约》?)?关于打击陆、海、空偷运移民",
                    "(?:《?联合国打击跨国有组织犯罪公约》?)?关于打击非法制造和贩运枪支",
                    "《?联合国打击跨国有组织犯罪公约》?"),
            p("^\\s*序言\\s*$"),
            p("^\\s*本(?:议定书|公约)(?:各)?缔约国"),
            p("^\\s*兹(?:协议|议定)如下\\s*[:：]\\s*$"),
            p("^[#*\\s]*第\\s*(\\d{1,3}|[一二三四五六七八九十百零]{1,5})\\s*条[*\\s]*$"),
            p("^第\\s*(?:\\d{1,3}|[一二三四五六七八九十百零]{1,5})\\s*条\\s*"),
            new VerbTable(List.of("声明", "关注", "深为关注", "深信", "回顾", "注意到", "考虑到", "铭记", "决心", "希望",
                    "认为", "申明", "认识到", "重申", "意识到", "强调"), false));
}
