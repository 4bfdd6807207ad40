package org.compendium.links;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.compendium.model.Body;
import org.compendium.model.Language;
import org.compendium.model.TreatyInstrument;

/**
 * How one language writes references: the words for resolutions, decisions and articles, how lists run
 * ({@code 5/2, 6/3 et 10/3}), the names of the bodies that issue instruments and of the treaties — the data
 * {@link ReferenceReader} reads with, one constant per language the parser reads ({@link #of}). The forms are those of
 * the UN's texts in each language: {@code Rappelant sa résolution 5/3}, {@code Recalling its resolution 5/3 of …},
 * {@code Recordando su resolución 5/3, de …}, {@code ссылаясь на свою резолюцию 5/3 от …}, {@code إذ يشير إلى قراره
 * 5/3}, {@code 回顾其第5/3号决议}; {@code General Assembly resolution 70/1}, {@code قرار الجمعية العامة 70/1},
 * {@code 大会第70/1号决议}; {@code article 6 of the Smuggling of Migrants Protocol}, {@code статьи 6 Протокола против
 * незаконного ввоза мигрантов}, {@code 《偷运移民议定书》第6条} (the treaty before its article: {@link #treatyBefore}).
 *
 * @param code             the ISO 639-1 code of the language
 * @param instruments      a resolution or decision keyword and the list of numbers after it, groups {@code kw} and
 *                         {@code list}
 * @param decision         matches a keyword (group {@code kw}) that names decisions rather than resolutions
 * @param listItem         one number of a list, with the date that may follow it; group {@code num}
 * @param issuers          each body's names, as written in running text
 * @param issuerJoin       what joins a list to the body named right after it ({@code de l'}, {@code of the}; nothing
 *                         but a space in Russian, whose genitive follows: {@code резолюции 70/1 Генеральной Ассамблеи})
 * @param article          one or more article numbers, groups {@code para} (a paragraph written before:
 *                         {@code paragraphe 1 de l'article 6}), {@code nums} and {@code para2} (written after:
 *                         {@code article 8, paragraphe 6,})
 * @param articleSeparator what separates the numbers of several articles ({@code 32 et 37}, {@code 32条和第37})
 * @param instrumentLead   what joins an article to the treaty's name ({@code du}, {@code de la}, {@code dudit})
 * @param treatyBefore     whether the treaty is named before its article (Chinese), so that {@code treaties},
 *                         {@code genericProtocol} and {@code genericConvention} are matched ending where it starts
 * @param treaties         each treaty's names, longest first; matched right after {@code instrumentLead}
 * @param genericProtocol  the Protocol not named ({@code Protocole}, after {@code dudit}): the document body's own;
 *                         its group {@code plural}, when it takes part, says several are meant (none in particular)
 * @param genericConvention the Convention not named: the Organized Crime Convention in these documents
 * @param clauseEnd        where a clause ends, so a body named in an earlier sentence does not issue a later list
 * @param symbol           a UN document symbol ({@code CTOC/COP/WG.7/2021/3}, {@code A/RES/70/1})
 * @param protocolTopics   the words of a document's title that say which Protocol it is about, and so which one
 *                         "the Protocol" is in a COP resolution ({@code Application du Protocole … traite des personnes})
 */
public record ReferenceLanguage(String code, Pattern instruments, Pattern decision, Pattern listItem,
                                Map<Issuer, Pattern> issuers, Pattern issuerJoin, Pattern article, Pattern articleSeparator,
                                Pattern instrumentLead, boolean treatyBefore,
                                List<Map.Entry<TreatyInstrument, Pattern>> treaties, Pattern genericProtocol,
                                Pattern genericConvention, Pattern clauseEnd, Pattern symbol,
                                Map<TreatyInstrument, Pattern> protocolTopics) {
    public ReferenceLanguage {
        issuers = Map.copyOf(issuers);
        protocolTopics = Map.copyOf(protocolTopics);
        treaties = List.copyOf(treaties);
    }

    /** A UN document symbol; PDF extraction may leave a space after a slash (CTOC/COP/WG.4/ 2019/2): allowed, and removed. */
    private static final Pattern SYMBOL = Pattern.compile(
            "\\b(?:CTOC|A|E|S)(?:/ ?[A-Z0-9][A-Za-z0-9.\\-]*)*/ ?\\d[A-Za-z0-9.\\-]*(?:/ ?[A-Za-z0-9][A-Za-z0-9.\\-]*)*");
    private static final String NUMBER = "(?:\\d{1,4}/\\d{1,4}|\\d{3,4}\\s\\(\\d{4}\\))";
    private static final String DATE_FR = "(?:\\s+du\\s+\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août"
            + "|septembre|octobre|novembre|décembre)\\s+\\d{4})?";

    /** French, as the COP, its working groups and the Secretariat write it. */
    public static final ReferenceLanguage FRENCH = new ReferenceLanguage("fr",
            Pattern.compile("\\b(?<kw>[Rr]ésolutions?|[Dd]écisions?)\\s+(?<list>" + NUMBER + DATE_FR
                    + "(?:\\s*(?:,\\s*(?:et\\s+)?|\\s+et\\s+)" + NUMBER + DATE_FR + ")*)"),
            Pattern.compile("^[Dd]"),
            Pattern.compile("(?<num>" + NUMBER + ")" + DATE_FR),
            Map.of(
                    Issuer.COP, Pattern.compile("Conférence(?:\\s+des\\s+Parties)?"),
                    Issuer.GENERAL_ASSEMBLY, Pattern.compile("Assemblée\\s+générale"),
                    Issuer.SECURITY_COUNCIL, Pattern.compile("Conseil\\s+de\\s+sécurité"),
                    Issuer.ECOSOC, Pattern.compile("Conseil\\s+économique\\s+et\\s+social"),
                    Issuer.CCPCJ, Pattern.compile("Commission(?:\\s+pour\\s+la\\s+prévention\\s+du\\s+crime\\s+et\\s+la\\s+justice\\s+pénale)?"),
                    Issuer.HUMAN_RIGHTS_COUNCIL, Pattern.compile("Conseil\\s+des\\s+droits\\s+de\\s+l['’]homme")),
            Pattern.compile("\\s*,?\\s*(?:de\\s+l['’]|de\\s+la\\s+|du\\s+|des\\s+)"),
            Pattern.compile("(?:\\b(?:au\\s+|le\\s+|du\\s+)?paragraphe\\s+(?<para>\\d+)\\s+de\\s+)?\\b(?:l['’])?articles?\\s+"
                    + "(?<nums>\\d+(?:\\s*(?:,|et)\\s*\\d+)*)(?:,\\s*paragraphe\\s+(?<para2>\\d+)\\s*,)?"),
            Pattern.compile("\\s*(?:,|et)\\s*"),
            Pattern.compile("\\s*(?:de\\s+l['’]\\s*|(?:dudit|du|de\\s+ladite|de\\s+la|de\\s+cette|de\\s+ce|de\\s+chacun\\s+de\\s+ces"
                    + "|de\\s+son|de\\s+sa|de\\s+ses)\\s+)"),
            false,
            List.of(
                    Map.entry(TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("Protocole\\s+(?:relatif\\s+aux\\s+migrants|contre\\s+le\\s+trafic"
                            + "\\s+illicite\\s+de\\s+migrants(?:\\s+par\\s+terre,\\s+air\\s+et\\s+mer)?|relatif\\s+au\\s+trafic\\s+illicite"
                            + "\\s+de\\s+migrants)")),
                    Map.entry(TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("Protocole\\s+(?:relatif\\s+à\\s+la\\s+traite\\s+des\\s+personnes"
                            + "|visant\\s+à\\s+prévenir,\\s+réprimer\\s+et\\s+punir\\s+la\\s+traite\\s+des\\s+personnes)")),
                    Map.entry(TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("Protocole\\s+(?:relatif\\s+aux\\s+armes\\s+à\\s+feu|contre"
                            + "\\s+la\\s+fabrication\\s+et\\s+le\\s+trafic\\s+illicites\\s+d['’]armes\\s+à\\s+feu)")),
                    Map.entry(TreatyInstrument.CONVENTION, Pattern.compile("Convention\\s+(?:des\\s+Nations\\s+Unies\\s+)?contre\\s+la\\s+criminalité"
                            + "\\s+(?:transnationale\\s+)?organisée"))),
            Pattern.compile("[Pp]rotocole(?<plural>s)?\\b"),
            // "la Convention" alone, not another convention by its name (de Vienne, relative aux droits de l'enfant).
            Pattern.compile("Convention\\b(?!\\s+(?:de|du|des|sur|relative|relatif|internationale|pour)\\b)"),
            Pattern.compile("[.;:!?](?:\\s|$)"),
            SYMBOL,
            Map.of(
                    TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("traite\\s+des\\s+personnes"),
                    TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("trafic\\s+illicite\\s+de\\s+(?:personnes\\s+)?migrant"),
                    TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("armes\\s+à\\s+feu")));

    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?](?:\\s|$)");

    private static final String DATE_EN = "(?:\\s+of\\s+\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+\\d{4})?";

    /** English: {@code Recalling its resolutions 5/2 of 22 October 2010 and 10/3}, {@code General Assembly resolution 70/1}. */
    public static final ReferenceLanguage ENGLISH = new ReferenceLanguage("en",
            Pattern.compile("\\b(?<kw>[Rr]esolutions?|[Dd]ecisions?)\\s+(?<list>" + NUMBER + DATE_EN
                    + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + NUMBER + DATE_EN + ")*)"),
            Pattern.compile("^[Dd]"),
            Pattern.compile("(?<num>" + NUMBER + ")" + DATE_EN),
            Map.of(
                    Issuer.COP, Pattern.compile("Conference(?:\\s+of\\s+the\\s+Parties)?"),
                    Issuer.GENERAL_ASSEMBLY, Pattern.compile("General\\s+Assembly"),
                    Issuer.SECURITY_COUNCIL, Pattern.compile("Security\\s+Council"),
                    Issuer.ECOSOC, Pattern.compile("Economic\\s+and\\s+Social\\s+Council"),
                    Issuer.CCPCJ, Pattern.compile("Commission(?:\\s+on\\s+Crime\\s+Prevention\\s+and\\s+Criminal\\s+Justice)?"),
                    Issuer.HUMAN_RIGHTS_COUNCIL, Pattern.compile("Human\\s+Rights\\s+Council")),
            Pattern.compile("\\s*,?\\s*of\\s+the\\s+"),
            Pattern.compile("(?:\\b(?:in\\s+|under\\s+)?paragraph\\s+(?<para>\\d+)\\s+of\\s+)?\\b[Aa]rticles?\\s+"
                    + "(?<nums>\\d+(?:\\s*(?:,\\s*and|,|and)\\s*\\d+)*)(?:,\\s*paragraph\\s+(?<para2>\\d+)\\s*,)?"),
            Pattern.compile("\\s*(?:,\\s*and|,|and)\\s*"),
            Pattern.compile("\\s*of\\s+(?:the\\s+|that\\s+|this\\s+|its\\s+|each\\s+of\\s+(?:the|those|these)\\s+)?"),
            false,
            List.of(
                    Map.entry(TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("(?:Smuggling\\s+of\\s+Migrants\\s+Protocol|Migrants\\s+Protocol"
                            + "|Protocol\\s+against\\s+the\\s+Smuggling\\s+of\\s+Migrants(?:\\s+by\\s+Land,\\s+Sea\\s+and\\s+Air)?)")),
                    Map.entry(TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("(?:Trafficking\\s+in\\s+Persons\\s+Protocol|Trafficking\\s+Protocol"
                            + "|Protocol\\s+to\\s+Prevent,\\s+Suppress\\s+and\\s+Punish\\s+Trafficking\\s+in\\s+Persons(?:,\\s+Especially\\s+Women\\s+and\\s+Children)?)")),
                    Map.entry(TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("(?:Firearms\\s+Protocol|Protocol\\s+against\\s+the\\s+Illicit"
                            + "\\s+Manufacturing\\s+of\\s+and\\s+Trafficking\\s+in\\s+Firearms)")),
                    Map.entry(TreatyInstrument.CONVENTION, Pattern.compile("(?:(?:United\\s+Nations\\s+)?Convention\\s+against\\s+Transnational"
                            + "\\s+Organized\\s+Crime|Organized\\s+Crime\\s+Convention)"))),
            Pattern.compile("[Pp]rotocol(?<plural>s)?\\b"),
            Pattern.compile("Convention\\b(?!\\s+(?:on|against|relating|for)\\b)"),
            CLAUSE_END,
            SYMBOL,
            Map.of(
                    TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("[Tt]rafficking\\s+in\\s+[Pp]ersons"),
                    TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("[Ss]muggling\\s+of\\s+[Mm]igrants"),
                    TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("[Ff]irearms")));

    private static final String DATE_ES = "(?:,?\\s+de\\s+\\d{1,2}\\s+de\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto"
            + "|septiembre|octubre|noviembre|diciembre)\\s+de\\s+\\d{4})?";

    /** Spanish: {@code Recordando su resolución 5/3, de …}, {@code la resolución 70/1 de la Asamblea General}. */
    public static final ReferenceLanguage SPANISH = new ReferenceLanguage("es",
            Pattern.compile("(?<!\\p{L})(?<kw>[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones))\\s+(?<list>" + NUMBER + DATE_ES
                    + "(?:\\s*(?:,\\s*(?:y\\s+)?|\\s+y\\s+)" + NUMBER + DATE_ES + ")*)"),
            Pattern.compile("^[Dd]"),
            Pattern.compile("(?<num>" + NUMBER + ")" + DATE_ES),
            Map.of(
                    Issuer.COP, Pattern.compile("Conferencia(?:\\s+de\\s+las\\s+Partes)?"),
                    Issuer.GENERAL_ASSEMBLY, Pattern.compile("Asamblea\\s+General"),
                    Issuer.SECURITY_COUNCIL, Pattern.compile("Consejo\\s+de\\s+Seguridad"),
                    Issuer.ECOSOC, Pattern.compile("Consejo\\s+Económico\\s+y\\s+Social"),
                    Issuer.CCPCJ, Pattern.compile("Comisión(?:\\s+de\\s+Prevención\\s+del\\s+Delito\\s+y\\s+Justicia\\s+Penal)?"),
                    Issuer.HUMAN_RIGHTS_COUNCIL, Pattern.compile("Consejo\\s+de\\s+Derechos\\s+Humanos")),
            Pattern.compile("\\s*,?\\s*(?:de\\s+la\\s+|del\\s+)"),
            Pattern.compile("(?:(?<!\\p{L})(?:en\\s+el\\s+|el\\s+|del\\s+)?párrafo\\s+(?<para>\\d+)\\s+del\\s+)?(?<!\\p{L})art[íi]culos?\\s+"
                    + "(?<nums>\\d+(?:\\s*(?:,|y)\\s*\\d+)*)(?:,\\s*párrafo\\s+(?<para2>\\d+)\\s*,)?"),
            Pattern.compile("\\s*(?:,|y)\\s*"),
            Pattern.compile("\\s*(?:del|de\\s+la|de\\s+dicho|de\\s+dicha|de\\s+ese|de\\s+esa|de\\s+este|de\\s+esta|de\\s+su"
                    + "|de\\s+cada\\s+uno\\s+de\\s+(?:esos|estos|los))\\s+"),
            false,
            List.of(
                    Map.entry(TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("Protocolo\\s+(?:contra\\s+el\\s+[Tt]ráfico\\s+[Ii]lícito\\s+de"
                            + "\\s+[Mm]igrantes(?:\\s+por\\s+[Tt]ierra,\\s+[Mm]ar\\s+y\\s+[Aa]ire)?|relativo\\s+a\\s+los\\s+[Mm]igrantes|sobre\\s+[Mm]igrantes)")),
                    Map.entry(TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("Protocolo\\s+(?:para\\s+[Pp]revenir,\\s+[Rr]eprimir\\s+y"
                            + "\\s+[Ss]ancionar\\s+la\\s+[Tt]rata\\s+de\\s+[Pp]ersonas|relativo\\s+a\\s+la\\s+[Tt]rata\\s+de\\s+[Pp]ersonas"
                            + "|sobre\\s+la\\s+[Tt]rata\\s+de\\s+[Pp]ersonas)")),
                    Map.entry(TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("Protocolo\\s+(?:contra\\s+la\\s+[Ff]abricación\\s+y\\s+el"
                            + "\\s+[Tt]ráfico\\s+[Ii]lícitos\\s+de\\s+[Aa]rmas\\s+de\\s+[Ff]uego|sobre\\s+[Aa]rmas\\s+de\\s+[Ff]uego)")),
                    Map.entry(TreatyInstrument.CONVENTION, Pattern.compile("Convención\\s+(?:de\\s+las\\s+Naciones\\s+Unidas\\s+)?contra\\s+la"
                            + "\\s+[Dd]elincuencia\\s+[Oo]rganizada\\s+[Tt]ransnacional"))),
            Pattern.compile("[Pp]rotocolo(?<plural>s)?(?!\\p{L})"),
            Pattern.compile("Convención(?!\\p{L})(?!\\s+(?:de|sobre|relativa|para|internacional)(?!\\p{L}))"),
            CLAUSE_END,
            SYMBOL,
            Map.of(
                    TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("[Tt]rata\\s+de\\s+[Pp]ersonas"),
                    TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("[Tt]ráfico\\s+[Ii]lícito\\s+de\\s+[Mm]igrantes"),
                    TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("[Aa]rmas\\s+de\\s+[Ff]uego")));

    private static final String DATE_RU = "(?:\\s+от\\s+\\d{1,2}\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа"
            + "|сентября|октября|ноября|декабря)\\s+\\d{4}\\s+года)?";

    /**
     * Russian, its case endings read as any ending: {@code ссылаясь на свою резолюцию 5/3 от …}, {@code резолюции 70/1
     * Генеральной Ассамблеи}, {@code пункта 1 статьи 6 Протокола против незаконного ввоза мигрантов}.
     */
    public static final ReferenceLanguage RUSSIAN = new ReferenceLanguage("ru",
            Pattern.compile("(?<!\\p{L})(?<kw>[Рр]езолюци\\p{L}*|[Рр]ешени\\p{L}*)\\s+(?<list>" + NUMBER + DATE_RU
                    + "(?:\\s*(?:,\\s*(?:и\\s+)?|\\s+и\\s+)" + NUMBER + DATE_RU + ")*)"),
            Pattern.compile("^[Рр]еш"),
            Pattern.compile("(?<num>" + NUMBER + ")" + DATE_RU),
            Map.of(
                    Issuer.COP, Pattern.compile("Конференци\\p{L}*(?:\\s+участников)?"),
                    Issuer.GENERAL_ASSEMBLY, Pattern.compile("Генеральн\\p{L}+\\s+Ассамбле\\p{L}+"),
                    Issuer.SECURITY_COUNCIL, Pattern.compile("Совет\\p{L}*\\s+Безопасности"),
                    Issuer.ECOSOC, Pattern.compile("Экономическ\\p{L}+\\s+и\\s+[Сс]оциальн\\p{L}+\\s+[Сс]овет\\p{L}*"),
                    Issuer.CCPCJ, Pattern.compile("Комисси\\p{L}*(?:\\s+по\\s+предупреждению\\s+преступности\\s+и\\s+уголовному\\s+правосудию)?"),
                    Issuer.HUMAN_RIGHTS_COUNCIL, Pattern.compile("Совет\\p{L}*\\s+по\\s+правам\\s+человека")),
            Pattern.compile("\\s*,?\\s*"),
            Pattern.compile("(?:(?<!\\p{L})пункт\\p{L}*\\s+(?<para>\\d+)\\s+)?(?<!\\p{L})стать\\p{L}*\\s+"
                    + "(?<nums>\\d+(?:\\s*(?:,|и)\\s*\\d+)*)(?:,\\s*пункт\\p{L}*\\s+(?<para2>\\d+)\\s*,)?"),
            Pattern.compile("\\s*(?:,|и)\\s*"),
            Pattern.compile("\\s+(?:указанного\\s+|этого\\s+|настоящего\\s+|каждого\\s+из\\s+этих\\s+)?"),
            false,
            List.of(
                    Map.entry(TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("Протокол\\p{L}*\\s+против\\s+незаконного\\s+ввоза\\s+мигрантов"
                            + "(?:\\s+по\\s+суше,\\s+морю\\s+и\\s+воздуху)?")),
                    Map.entry(TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("Протокол\\p{L}*\\s+о\\s+предупреждении\\s+и\\s+пресечении"
                            + "\\s+торговли\\s+людьми(?:,\\s+особенно\\s+женщинами\\s+и\\s+детьми,?\\s+и\\s+наказании\\s+за\\s+нее)?")),
                    Map.entry(TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("Протокол\\p{L}*\\s+против\\s+незаконного\\s+изготовления"
                            + "\\s+и\\s+оборота\\s+огнестрельного\\s+оружия")),
                    Map.entry(TreatyInstrument.CONVENTION, Pattern.compile("Конвенци\\p{L}*\\s+(?:Организации\\s+Объединенных\\s+Наций\\s+)?против"
                            + "\\s+транснациональной\\s+организованной\\s+преступности"))),
            Pattern.compile("[Пп]ротокол(?:а|у|ом|е)?(?!\\p{L})|(?<plural>[Пп]ротокол(?:ов|ы|ам|ах))(?!\\p{L})"),
            Pattern.compile("Конвенци\\p{L}*(?!\\s+(?:о|об|по|против|ООН)(?!\\p{L}))"),
            CLAUSE_END,
            SYMBOL,
            Map.of(
                    TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("торговл\\p{L}*\\s+людьми"),
                    TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("незаконн\\p{L}*\\s+ввоз\\p{L}*\\s+мигрантов"),
                    TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("огнестрельн\\p{L}*\\s+оружи\\p{L}*")));

    private static final String DATE_AR = "(?:\\s+المؤرخ\\p{L}*\\s+\\d{1,2}\\s+[\\p{L} ]+?/\\p{L}+\\s+\\d{4})?";

    /**
     * Arabic, the pronoun written onto the word ({@code قراره 5/3}, its resolution; {@code قراراته 5/2 و6/3}; a decision
     * is a {@code مقرر}), the body between the word and the number ({@code قرار الجمعية العامة 70/1}).
     */
    public static final ReferenceLanguage ARABIC = new ReferenceLanguage("ar",
            Pattern.compile("(?<!\\p{L})(?<kw>(?:[وبل]?ال|لل|[وبل])?(?:قرار|مقرر)(?:ات|اته|اتها|اتهم|ه|ها|هم|ي)?)"
                    + "(?:\\s+(?:الجمعية\\s+العامة|مجلس\\s+الأمن|المجلس\\s+الاقتصادي\\s+والاجتماعي|مجلس\\s+حقوق\\s+الإنسان"
                    + "|لجنة\\s+منع\\s+الجريمة\\s+والعدالة\\s+الجنائية|مؤتمر\\s+الأطراف|المؤتمر))?\\s+(?<list>" + NUMBER + DATE_AR
                    + "(?:\\s*(?:[،,]\\s*(?:و\\s*)?|\\s+و\\s*)" + NUMBER + DATE_AR + ")*)"),
            Pattern.compile("مقرر"),
            Pattern.compile("(?<num>" + NUMBER + ")" + DATE_AR),
            Map.of(
                    Issuer.COP, Pattern.compile("مؤتمر\\s+الأطراف|المؤتمر(?!\\p{L})"),
                    Issuer.GENERAL_ASSEMBLY, Pattern.compile("الجمعية\\s+العامة"),
                    Issuer.SECURITY_COUNCIL, Pattern.compile("مجلس\\s+الأمن"),
                    Issuer.ECOSOC, Pattern.compile("المجلس\\s+الاقتصادي\\s+والاجتماعي"),
                    Issuer.CCPCJ, Pattern.compile("لجنة\\s+منع\\s+الجريمة\\s+والعدالة\\s+الجنائية"),
                    Issuer.HUMAN_RIGHTS_COUNCIL, Pattern.compile("مجلس\\s+حقوق\\s+الإنسان")),
            Pattern.compile("\\s*[،,]?\\s*(?:الصادر\\s+عن\\s+)"),
            Pattern.compile("(?:(?<!\\p{L})(?:[وبل]?ال|لل)?فقرة\\s+(?<para>\\d+)\\s+من\\s+)?(?<!\\p{L})(?:[وبل]?ال|لل)?(?:مادة|مادتين|مواد)\\s+"
                    + "(?<nums>\\d+(?:\\s*(?:[،,]\\s*|و)\\s*\\d+)*)(?:\\s*[،,]\\s*الفقرة\\s+(?<para2>\\d+)\\s*[،,])?"),
            Pattern.compile("\\s*(?:[،,]|و)\\s*"),
            Pattern.compile("\\s+من\\s+(?:هذا\\s+|ذلك\\s+|هذه\\s+|تلك\\s+|كل\\s+من\\s+)?"),
            false,
            List.of(
                    Map.entry(TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("بروتوكول\\s+مكافحة\\s+تهريب\\s+المهاجرين"
                            + "(?:\\s+عن\\s+طريق\\s+البر\\s+والبحر\\s+والجو)?")),
                    Map.entry(TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("بروتوكول\\s+منع\\s+وقمع\\s+ومعاقبة\\s+الاتجار\\s+بالأشخاص"
                            + "(?:\\s*[،,]?\\s+وبخاصة\\s+النساء\\s+والأطفال)?")),
                    Map.entry(TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("بروتوكول\\s+مكافحة\\s+صنع\\s+الأسلحة\\s+النارية")),
                    Map.entry(TreatyInstrument.CONVENTION, Pattern.compile("اتفاقية\\s+الأمم\\s+المتحدة\\s+لمكافحة\\s+الجريمة\\s+المنظمة"
                            + "\\s+عبر\\s+الوطنية"))),
            Pattern.compile("(?:ال)?بروتوكول(?<plural>ات)?(?!\\p{L})"),
            Pattern.compile("(?:ال)?اتفاقية(?!\\p{L})(?!\\s+(?:فيينا|حقوق|بشأن)(?!\\p{L}))"),
            Pattern.compile("[.;:!?؛؟](?:\\s|$)"),
            SYMBOL,
            Map.of(
                    TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("الاتجار\\s+بالأشخاص"),
                    TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("تهريب\\s+المهاجرين"),
                    TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("الأسلحة\\s+النارية")));

    private static final String NUMBER_ZH = "(?:\\d{1,4}/\\d{1,4}|\\d{3,4}\\s?\\(\\d{4}\\))";
    private static final String DATE_ZH = "(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?";

    /**
     * Chinese, written without spaces, the number between 第 and 号 before the word ({@code 回顾其第5/2、6/3和10/3号决议},
     * {@code 大会第70/1号决议}, {@code 第4/5号决定}, a date before each number: {@code 2022年10月21日第11/2号决议}) and the
     * treaty before its article ({@code 《偷运移民议定书》第6条第1款}).
     */
    public static final ReferenceLanguage CHINESE = new ReferenceLanguage("zh",
            Pattern.compile(DATE_ZH + "第(?<list>" + NUMBER_ZH + "(?:(?:、|和|及|以及)" + DATE_ZH + "第?" + NUMBER_ZH + ")*)号(?<kw>决议|决定)"),
            Pattern.compile("决定"),
            Pattern.compile("(?<num>" + NUMBER_ZH + ")"),
            Map.of(
                    Issuer.COP, Pattern.compile("缔约方会议"),
                    Issuer.GENERAL_ASSEMBLY, Pattern.compile("大会"),
                    Issuer.SECURITY_COUNCIL, Pattern.compile("安全理事会|安理会"),
                    Issuer.ECOSOC, Pattern.compile("经济及社会理事会|经社理事会"),
                    Issuer.CCPCJ, Pattern.compile("预防犯罪和刑事司法委员会"),
                    Issuer.HUMAN_RIGHTS_COUNCIL, Pattern.compile("人权理事会")),
            Pattern.compile("$^"),
            Pattern.compile("第(?<nums>\\d+(?:条?(?:、|和|及)第\\d+)*)条(?:第(?<para2>\\d+)款)?"),
            Pattern.compile("条?(?:、|和|及)第"),
            Pattern.compile("$^"),
            true,
            List.of(
                    Map.entry(TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("《?(?:关于)?打击陆、?海、?空偷运移民的?(?:补充)?议定书》?"
                            + "|《?偷运移民议定书》?")),
                    Map.entry(TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("《?(?:关于)?预防、禁止和惩治贩运人口特别是妇女和儿童(?:行为)?的?(?:补充)?议定书》?"
                            + "|《?贩运人口议定书》?")),
                    Map.entry(TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("《?(?:关于)?打击非法制造和贩运枪支及其零部件和弹药的?(?:补充)?议定书》?"
                            + "|《?枪支议定书》?")),
                    Map.entry(TreatyInstrument.CONVENTION, Pattern.compile("《?联合国打击跨国有组织犯罪公约》?|《?有组织犯罪公约》?"))),
            Pattern.compile("(?<plural>各项?)?(?:该|本|上述)?议定书"),
            Pattern.compile("(?:该|本|上述)?公约"),
            Pattern.compile("[。；：！？]"),
            SYMBOL,
            Map.of(
                    TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("贩运人口"),
                    TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("偷运移民"),
                    TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("枪支")));

    /**
     * The Protocol a document means when it writes "the Protocol" without naming it: its working group's own, else the
     * one its title is about when it is about exactly one; null otherwise.
     */
    TreatyInstrument protocolOf(Body body, String title) {
        if (body == Body.WG_TIP) {
            return TreatyInstrument.TRAFFICKING_PROTOCOL;
        }
        if (body == Body.WG_SOM) {
            return TreatyInstrument.SMUGGLING_PROTOCOL;
        }
        if (title == null) {
            return null;
        }
        List<TreatyInstrument> about = protocolTopics.entrySet().stream().filter(e -> e.getValue().matcher(title).find())
                .map(Map.Entry::getKey).toList();
        return about.size() == 1 ? about.getFirst() : null;
    }

    /** The data of a language, or empty for a language the parser does not read ({@link Language#UNDETERMINED}). */
    public static java.util.Optional<ReferenceLanguage> of(Language language) {
        return java.util.Optional.ofNullable(switch (language) {
            case FRENCH -> FRENCH;
            case ENGLISH -> ENGLISH;
            case SPANISH -> SPANISH;
            case RUSSIAN -> RUSSIAN;
            case ARABIC -> ARABIC;
            case CHINESE -> CHINESE;
            case UNDETERMINED -> null;
        });
    }
}
