package org.compendium.links;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.compendium.model.Language;

/**
 * How one language gives a task and reports on it: the verbs that ask (with their strength), who they ask, the cues of
 * a report saying a task was not done, and where a sentence ends — the data {@link MandateReader} and
 * {@link MandateDelivery} read with, one constant per language the parser reads ({@link #of}).
 *
 * @param verbs       each verb phrase that gives a task when its addressee follows it, with its strength, longest
 *                    first (an adverb the language puts before the verb is part of it: {@code Also requests},
 *                    {@code 还请})
 * @param addressees  each addressee's names, as the text writes them after the verb (with the case endings the verbs
 *                    govern: {@code секретариат}, {@code секретариату})
 * @param between     what may stand between the verb and its addressee ({@code également}, {@code de nouveau},
 *                    {@code à}; {@code también a}; {@code также}; {@code أيضا إلى}); its group {@code adverb}, when
 *                    present, is part of the verb phrase shown
 * @param spaced      whether words are written apart, so that a verb found inside a longer word is no verb
 *                    ({@code chargé}, {@code demandeurs}); false for Chinese, written without spaces
 * @param notDone     the words of a report sentence saying a task was not carried out ({@code n'a pas encore reçu les
 *                    ressources})
 * @param sentenceEnd where a sentence or clause of a report paragraph ends
 * @param plural      the ending a word loses when compared with another ({@code études} ~ {@code étude})
 * @param reported    a report's account of a request, its group {@code verb} the verb in the past ({@code la
 *                    Conférence a demandé à l'ONUDC}, {@code l'a prié de}, {@code a également prié}): what
 *                    {@link MandateDelivery} aligns with the mandate given by the same verb
 */
public record MandateLanguage(List<Map.Entry<Pattern, Mandate.Strength>> verbs, Map<Mandate.Addressee, Pattern> addressees,
                              Pattern between, boolean spaced, Pattern notDone, Pattern sentenceEnd, Pattern plural,
                              Pattern reported) {
    public MandateLanguage {
        verbs = List.copyOf(verbs);
        addressees = Map.copyOf(addressees);
    }

    /** French, as COP resolutions and Secretariat reports write it. */
    public static final MandateLanguage FRENCH = new MandateLanguage(
            List.of(
                    Map.entry(Pattern.compile("[Pp]rie\\s+instamment"), Mandate.Strength.URGES),
                    Map.entry(Pattern.compile("[Pp]rie"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Dd]emande"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Cc]harge"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Dd]écide\\s+que"), Mandate.Strength.DECIDES),
                    Map.entry(Pattern.compile("[Ii]nvite"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("l['’]invitation\\s+faite"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("[Ee]ncourage"), Mandate.Strength.ENCOURAGES)),
            Map.of(
                    Mandate.Addressee.UNODC, Pattern.compile("l['’](?:Office\\s+des\\s+Nations\\s+Unies\\s+contre\\s+la\\s+drogue"
                            + "\\s+et\\s+le\\s+crime|ONUDC|Office\\b)"),
                    Mandate.Addressee.SECRETARIAT, Pattern.compile("(?:le\\s+|au\\s+)[Ss]ecrétariat|(?:le\\s+|au\\s+)Secrétaire\\s+général"),
                    Mandate.Addressee.WORKING_GROUP, Pattern.compile("(?:le\\s+|au\\s+|les\\s+|aux\\s+)Groupes?\\s+de\\s+travail")),
            Pattern.compile("(?<adverb>\\s+(?:également|aussi|en\\s+outre|de\\s+nouveau|à\\s+nouveau))?\\s+(?:à\\s+)?"),
            true,
            Pattern.compile("n['’]a\\s+pas\\s+(?:encore\\s+)?(?:reçu|pu|été\\s+en\\s+mesure)|faute\\s+de\\s+(?:ressources|moyens|fonds)"
                    + "|pas\\s+encore\\s+(?:été\\s+)?(?:réalisé|entrepris|commencé)"),
            // A sentence, or a clause joined by ", et" (one sentence may report on two requests).
            Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})|,\\s+et\\s+"),
            Pattern.compile("(?<=\\p{L}{3})[sx]$"),
            Pattern.compile("\\b(?:a|l['’]a|les\\s+a)\\s+(?:également\\s+|aussi\\s+|en\\s+outre\\s+|de\\s+nouveau\\s+)?"
                    + "(?<verb>prié|demandé|invité|chargé|encouragé|renouvelé\\s+l['’]invitation)"));

    /** English: {@code Also requests the Secretariat …}, {@code Decides that the Working Group …}. */
    public static final MandateLanguage ENGLISH = new MandateLanguage(
            List.of(
                    Map.entry(Pattern.compile("(?:(?:[Aa]lso|[Ff]urther)\\s+)?[Uu]rges"), Mandate.Strength.URGES),
                    Map.entry(Pattern.compile("(?:(?:[Aa]lso|[Ff]urther)\\s+)?[Rr]equests"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("(?:(?:[Aa]lso|[Ff]urther)\\s+)?[Cc]alls\\s+(?:up)?on"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("(?:(?:[Aa]lso|[Ff]urther)\\s+)?[Ii]nstructs"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("(?:(?:[Aa]lso|[Ff]urther)\\s+)?[Dd]ecides\\s+that"), Mandate.Strength.DECIDES),
                    Map.entry(Pattern.compile("(?:(?:[Aa]lso|[Ff]urther)\\s+)?[Ii]nvites"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("[Rr]enews\\s+its\\s+invitation\\s+to"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("(?:(?:[Aa]lso|[Ff]urther)\\s+)?[Ee]ncourages"), Mandate.Strength.ENCOURAGES)),
            Map.of(
                    Mandate.Addressee.UNODC, Pattern.compile("(?:the\\s+United\\s+Nations\\s+Office\\s+on\\s+Drugs\\s+and\\s+Crime"
                            + "|UNODC|the\\s+Office)(?![\\p{L}-])"),
                    Mandate.Addressee.SECRETARIAT, Pattern.compile("the\\s+(?:Secretariat|Secretary-General)(?!\\p{L})"),
                    Mandate.Addressee.WORKING_GROUP, Pattern.compile("the\\s+[Ww]orking\\s+[Gg]roups?(?!\\p{L})")),
            Pattern.compile("(?<adverb>\\s+(?:again|once\\s+again))?\\s+"),
            true,
            Pattern.compile("ha(?:s|ve)\\s+not\\s+(?:yet\\s+)?(?:received|been\\s+able)|(?:for\\s+)?lack\\s+of\\s+(?:resources|funding|funds)"
                    + "|not\\s+yet\\s+(?:been\\s+)?(?:carried\\s+out|undertaken|started)"),
            Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})|,\\s+and\\s+"),
            Pattern.compile("(?<=\\p{L}{3})s$"),
            Pattern.compile("\\b(?:also\\s+|further\\s+)?(?<verb>requested|invited|urged|encouraged|instructed|renewed\\s+its\\s+invitation)"));

    /** Spanish: {@code Solicita también a la Secretaría que …}, {@code Decide que el Grupo de Trabajo …}. */
    public static final MandateLanguage SPANISH = new MandateLanguage(
            List.of(
                    Map.entry(Pattern.compile("[Ii]nsta"), Mandate.Strength.URGES),
                    Map.entry(Pattern.compile("[Ee]xhorta"), Mandate.Strength.URGES),
                    Map.entry(Pattern.compile("[Ss]olicita"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Pp]ide"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Ee]ncarga"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Dd]ecide\\s+que"), Mandate.Strength.DECIDES),
                    Map.entry(Pattern.compile("[Ii]nvita"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("[Aa]lienta"), Mandate.Strength.ENCOURAGES)),
            Map.of(
                    Mandate.Addressee.UNODC, Pattern.compile("la\\s+(?:Oficina\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+contra\\s+la\\s+Droga"
                            + "\\s+y\\s+el\\s+Delito|UNODC|Oficina)(?!\\p{L})"),
                    Mandate.Addressee.SECRETARIAT, Pattern.compile("(?:la\\s+Secretaría|(?:el|al)\\s+Secretario\\s+General)(?!\\p{L})"),
                    Mandate.Addressee.WORKING_GROUP, Pattern.compile("(?:el|al|los)\\s+Grupos?\\s+de\\s+[Tt]rabajo(?!\\p{L})")),
            Pattern.compile("(?<adverb>\\s+(?:también|además|asimismo|nuevamente|una\\s+vez\\s+más))?\\s+(?:a\\s+)?"),
            true,
            Pattern.compile("no\\s+(?:ha|han)\\s+(?:recibido|podido)|(?:por\\s+)?falta\\s+de\\s+(?:recursos|fondos|financiación)"
                    + "|aún\\s+no\\s+se\\s+ha(?:n)?\\s+(?:realizado|emprendido|iniciado)"),
            Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})|,\\s+y\\s+"),
            Pattern.compile("(?<=\\p{L}{3})e?s$"),
            Pattern.compile("\\b(?:también\\s+|además\\s+)?(?<verb>solicitó|pidió|invitó|instó|alentó|encargó)"));

    /** Russian: {@code просит также секретариат …}, {@code постановляет, что Рабочая группа …} (lower-case verbs). */
    public static final MandateLanguage RUSSIAN = new MandateLanguage(
            List.of(
                    Map.entry(Pattern.compile("[Нн]астоятельно\\s+призывает"), Mandate.Strength.URGES),
                    Map.entry(Pattern.compile("[Пп]росит"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Пп]оручает"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Пп]ризывает"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("[Пп]остановляет,?\\s+что"), Mandate.Strength.DECIDES),
                    Map.entry(Pattern.compile("[Пп]редлагает"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("[Рр]екомендует"), Mandate.Strength.ENCOURAGES)),
            Map.of(
                    Mandate.Addressee.UNODC, Pattern.compile("(?:Управлени[еюя]\\s+Организации\\s+Объединенных\\s+Наций\\s+по\\s+наркотикам"
                            + "\\s+и\\s+преступности|ЮНОДК|Управлени[ею])(?!\\p{L})"),
                    Mandate.Addressee.SECRETARIAT, Pattern.compile("(?:[Сс]екретариат[уа]?|Генеральн(?:ого|ому)\\s+секретар[яю])(?!\\p{L})"),
                    Mandate.Addressee.WORKING_GROUP, Pattern.compile("[Рр]абоч(?:ая|ую|ей|ие|им)\\s+групп(?:а|у|е|ы|ам)(?!\\p{L})")),
            Pattern.compile("(?<adverb>\\s+(?:также|далее|вновь|впредь))?\\s+"),
            true,
            Pattern.compile("не\\s+(?:получил[оаи]?|смогл[оаи]?|удалось)|(?:из-за\\s+|ввиду\\s+)?(?:отсутствия|нехватки)\\s+(?:ресурсов|средств|финансирования)"
                    + "|еще\\s+не\\s+(?:проведен[оаы]?|начат[оаы]?)"),
            Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})|,\\s+и\\s+"),
            Pattern.compile("(?<=\\p{L}{4})(?:ы|и|а|я|ов|ей|ам|ям)$"),
            Pattern.compile("(?<!\\p{L})(?:также\\s+)?(?<verb>просил[аи]?|предложил[аи]?|поручил[аи]?|призвал[аи]?|рекомендовал[аи]?)"));

    /** Arabic: {@code يطلب أيضا إلى الأمانة أن …}, {@code يقرر أن يقوم الفريق العامل …}. */
    public static final MandateLanguage ARABIC = new MandateLanguage(
            List.of(
                    Map.entry(Pattern.compile("و?يحث"), Mandate.Strength.URGES),
                    Map.entry(Pattern.compile("و?يطلب"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("و?يكلف"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("و?يهيب"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("و?يقرر\\s+أن(?:\\s+ي\\p{L}+)?"), Mandate.Strength.DECIDES),
                    Map.entry(Pattern.compile("و?يدعو"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("و?يشجع"), Mandate.Strength.ENCOURAGES)),
            Map.of(
                    Mandate.Addressee.UNODC, Pattern.compile("ب?(?:مكتب\\s+الأمم\\s+المتحدة\\s+المعني\\s+بالمخدرات\\s+والجريمة|المكتب)(?!\\p{L})"),
                    Mandate.Addressee.SECRETARIAT, Pattern.compile("ب?(?:الأمانة|الأمين\\s+العام)(?!\\p{L})"),
                    Mandate.Addressee.WORKING_GROUP, Pattern.compile("ب?(?:الفريق\\s+العامل|الأفرقة\\s+العاملة)(?!\\p{L})")),
            Pattern.compile("(?<adverb>\\s+(?:أيضا\\p{M}*|كذلك|مجددا\\p{M}*|مرة\\s+أخرى))?\\s+(?:إلى\\s+)?"),
            true,
            Pattern.compile("لم\\s+(?:ي|ت)?\\p{L}*\\s+بعد|(?:بسبب\\s+|ل)?(?:عدم\\s+توافر|نقص)\\s+(?:الموارد|التمويل)"),
            Pattern.compile("(?<=[.;؛!?؟])\\s+|،\\s+و(?=\\p{L})"),
            Pattern.compile("(?<=\\p{L}{3})(?:ات|ون|ين)$"),
            Pattern.compile("(?<!\\p{L})(?:و)?(?<verb>طلب|دعا|حث|كلف|شجع)(?!\\p{L})"));

    /** Chinese, written without spaces: {@code 还请秘书处…}, {@code 决定偷运移民问题工作组应…}. */
    public static final MandateLanguage CHINESE = new MandateLanguage(
            List.of(
                    Map.entry(Pattern.compile("(?:还|又|并|进一步|再次)?敦促"), Mandate.Strength.URGES),
                    Map.entry(Pattern.compile("(?:还|又|并|进一步|再次)?邀请"), Mandate.Strength.INVITES),
                    Map.entry(Pattern.compile("(?:还|又|并|进一步|再次)?(?:请|要求|促请)"), Mandate.Strength.REQUESTS),
                    Map.entry(Pattern.compile("决定"), Mandate.Strength.DECIDES),
                    Map.entry(Pattern.compile("(?:还|又|并|进一步)?鼓励"), Mandate.Strength.ENCOURAGES)),
            Map.of(
                    Mandate.Addressee.UNODC, Pattern.compile("(?:联合国)?毒品和犯罪问题办公室|办公室"),
                    Mandate.Addressee.SECRETARIAT, Pattern.compile("秘书处|秘书长"),
                    // A working group's name ends in 问题工作组 (偷运移民问题工作组, 贩运人口问题工作组).
                    Mandate.Addressee.WORKING_GROUP, Pattern.compile("(?:\\p{IsHan}{1,12}问题)?工作组")),
            Pattern.compile("(?<adverb>)\\s*"),
            false,
            Pattern.compile("尚未(?:收到|获得|能够|开展|进行)|(?:由于|因)(?:缺乏|没有)(?:资源|资金|经费)"),
            Pattern.compile("(?<=[。；！？])"),
            Pattern.compile("$^"),
            Pattern.compile("(?<verb>请|邀请|敦促|要求|鼓励)了?"));

    /** The data of a language, or empty for a language the parser does not read ({@link Language#UNDETERMINED}). */
    public static java.util.Optional<MandateLanguage> of(Language language) {
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
