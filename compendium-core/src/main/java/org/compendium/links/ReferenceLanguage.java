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
 * {@link ReferenceReader} reads with. French is written; another language is one more constant of this shape.
 *
 * @param code             the ISO 639-1 code of the language
 * @param instruments      a resolution or decision keyword and the list of numbers after it, groups {@code kw} and
 *                         {@code list}
 * @param decision         matches a keyword (group {@code kw}) that names decisions rather than resolutions
 * @param listItem         one number of a list, with the date that may follow it; group {@code num}
 * @param issuers          each body's names, as written in running text
 * @param article          one or more article numbers, groups {@code para} (a paragraph written before:
 *                         {@code paragraphe 1 de l'article 6}), {@code nums} and {@code para2} (written after:
 *                         {@code article 8, paragraphe 6,})
 * @param instrumentLead   what joins an article to the treaty's name ({@code du}, {@code de la}, {@code dudit})
 * @param treaties         each treaty's names, longest first; matched right after {@code instrumentLead}
 * @param genericProtocol  the Protocol not named ({@code Protocole}, after {@code dudit}): the document body's own
 * @param genericConvention the Convention not named: the Organized Crime Convention in these documents
 * @param clauseEnd        where a clause ends, so a body named in an earlier sentence does not issue a later list
 * @param symbol           a UN document symbol ({@code CTOC/COP/WG.7/2021/3}, {@code A/RES/70/1})
 * @param protocolTopics   the words of a document's title that say which Protocol it is about, and so which one
 *                         "the Protocol" is in a COP resolution ({@code Application du Protocole … traite des personnes})
 */
public record ReferenceLanguage(String code, Pattern instruments, Pattern decision, Pattern listItem,
                                Map<Issuer, Pattern> issuers, Pattern article, Pattern instrumentLead,
                                List<Map.Entry<TreatyInstrument, Pattern>> treaties, Pattern genericProtocol,
                                Pattern genericConvention, Pattern clauseEnd, Pattern symbol,
                                Map<TreatyInstrument, Pattern> protocolTopics) {
    public ReferenceLanguage {
        issuers = Map.copyOf(issuers);
        protocolTopics = Map.copyOf(protocolTopics);
        treaties = List.copyOf(treaties);
    }

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
            Pattern.compile("(?:\\b(?:au\\s+|le\\s+|du\\s+)?paragraphe\\s+(?<para>\\d+)\\s+de\\s+)?\\b(?:l['’])?articles?\\s+"
                    + "(?<nums>\\d+(?:\\s*(?:,|et)\\s*\\d+)*)(?:,\\s*paragraphe\\s+(?<para2>\\d+)\\s*,)?"),
            Pattern.compile("\\s*(?:de\\s+l['’]\\s*|(?:dudit|du|de\\s+ladite|de\\s+la|de\\s+cette|de\\s+ce|de\\s+chacun\\s+de\\s+ces"
                    + "|de\\s+son|de\\s+sa|de\\s+ses)\\s+)"),
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
            Pattern.compile("(?:[Pp]rotocoles?)\\b"),
            // "la Convention" alone, not another convention by its name (de Vienne, relative aux droits de l'enfant).
            Pattern.compile("Convention\\b(?!\\s+(?:de|du|des|sur|relative|relatif|internationale|pour)\\b)"),
            Pattern.compile("[.;:!?](?:\\s|$)"),
            // PDF extraction may leave a space after a slash (CTOC/COP/WG.4/ 2019/2): allowed, and removed.
            Pattern.compile("\\b(?:CTOC|A|E|S)(?:/ ?[A-Z0-9][A-Za-z0-9.\\-]*)*/ ?\\d[A-Za-z0-9.\\-]*(?:/ ?[A-Za-z0-9][A-Za-z0-9.\\-]*)*"),
            Map.of(
                    TreatyInstrument.TRAFFICKING_PROTOCOL, Pattern.compile("traite\\s+des\\s+personnes"),
                    TreatyInstrument.SMUGGLING_PROTOCOL, Pattern.compile("trafic\\s+illicite\\s+de\\s+(?:personnes\\s+)?migrant"),
                    TreatyInstrument.FIREARMS_PROTOCOL, Pattern.compile("armes\\s+à\\s+feu")));

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

    /** The data of a language, or empty when that language's is not written yet (the caller says so). */
    public static java.util.Optional<ReferenceLanguage> of(Language language) {
        return language == Language.FRENCH ? java.util.Optional.of(FRENCH) : java.util.Optional.empty();
    }
}
