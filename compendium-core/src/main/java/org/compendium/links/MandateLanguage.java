package org.compendium.links;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.compendium.model.Language;

/**
 * How one language gives a task and reports on it: the verbs that ask (with their strength), who they ask, the cues of
 * a report saying a task was not done, and where a sentence ends — the data {@link MandateReader} and
 * {@link MandateDelivery} read with. French is written; another language is one more constant of this shape.
 *
 * @param verbs      each verb phrase that gives a task when its addressee follows it, with its strength, longest first
 * @param addressees each addressee's names, as the text writes them after the verb
 * @param between    what may stand between the verb and its addressee ({@code également}, {@code de nouveau}, {@code à})
 * @param notDone    the words of a report sentence saying a task was not carried out ({@code n'a pas encore reçu les
 *                   ressources})
 * @param sentenceEnd where a sentence or clause of a report paragraph ends
 * @param plural      the ending a word loses when compared with another ({@code études} ~ {@code étude})
 * @param reported    a report's account of a request, its group {@code verb} the verb in the past ({@code la
 *                    Conférence a demandé à l'ONUDC}, {@code l'a prié de}, {@code a également prié}): what
 *                    {@link MandateDelivery} aligns with the mandate given by the same verb
 */
public record MandateLanguage(List<Map.Entry<Pattern, Mandate.Strength>> verbs, Map<Mandate.Addressee, Pattern> addressees,
                              Pattern between, Pattern notDone, Pattern sentenceEnd, Pattern plural, Pattern reported) {
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
            Pattern.compile("(?:\\s+(?:également|aussi|en\\s+outre|de\\s+nouveau|à\\s+nouveau))?\\s+(?:à\\s+)?"),
            Pattern.compile("n['’]a\\s+pas\\s+(?:encore\\s+)?(?:reçu|pu|été\\s+en\\s+mesure)|faute\\s+de\\s+(?:ressources|moyens|fonds)"
                    + "|pas\\s+encore\\s+(?:été\\s+)?(?:réalisé|entrepris|commencé)"),
            // A sentence, or a clause joined by ", et" (one sentence may report on two requests).
            Pattern.compile("(?<=[.;!?])\\s+(?=\\p{Lu})|,\\s+et\\s+"),
            Pattern.compile("(?<=\\p{L}{3})[sx]$"),
            Pattern.compile("\\b(?:a|l['’]a|les\\s+a)\\s+(?:également\\s+|aussi\\s+|en\\s+outre\\s+|de\\s+nouveau\\s+)?"
                    + "(?<verb>prié|demandé|invité|chargé|encouragé|renouvelé\\s+l['’]invitation)"));

    /** The data of a language, or empty when that language's is not written yet. */
    public static java.util.Optional<MandateLanguage> of(Language language) {
        return language == Language.FRENCH ? java.util.Optional.of(FRENCH) : java.util.Optional.empty();
    }
}
