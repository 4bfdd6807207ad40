package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.p;
import static org.compendium.parse.grammar.Grammar.pi;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.parse.french.FrenchLeadingVerbs;
import org.compendium.parse.french.FrenchOrdinals;

/**
 * French: the patterns the readers were written with for the seed corpus, kept as they were (only widened to read a
 * paragraph number or letter alone on its line, as raw PDF extraction leaves it), so that the seeds keep every figure. Leading verbs are read by word rules ({@link FrenchLeadingVerbs}); ordinals by
 * {@link FrenchOrdinals}, which also reads the abbreviations ({@code 1re}, {@code 12e}) of French typography.
 */
final class FrenchGrammar {
    static final Grammar GRAMMAR = new Grammar(Language.FRENCH,
            new Grammar.ResolutionShapes(
                    p("^[#*\\s]*Résolution\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    p("^[#*\\s]*Décision\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    pi("^[#*\\s]*(?:\\S[^\\n]{0,800}?\\s*:\\s*)?projet\\s+de\\s+(?:résolution|(?<decision>décision))(?:\\s+révisé)?(?:\\s+[IVX]{1,4})?(?:\\s+présenté\\s+par\\s.*)?[*\\s]*$"),
                    "projet",
                    p("^[*\\s]*(?:La Conférence des Parties|L[’']Assemblée générale|(?<organ>Le Conseil économique et social|La Commission pour la prévention du crime et la justice pénale))\\b"),
                    p("^\\s*\\d{1,3}(?:e|ème)\\s+séance plénière\\s*$"),
                    p("^\\s*Annexe(?:\\s+([IVX]{1,5}|\\d{1,2}))?\\s*$"),
                    p("^\\s*(\\d{1,2})\\.(?:\\s+\\S|\\s*$)"),
                    p("^\\d{1,2}\\.\\s*"),
                    "%s.",
                    p("^[-\\s]*([a-z]{1,4})\\)\\**(?:\\s+\\S|\\s*$)"),
                    p("^-?\\s*[a-z]{1,4}\\)\\s*"),
                    "%s)",
                    List.of(), ",;:.", false, false),
            new Grammar.ReportShapes(
                    p("^\\s*(\\d{1,3})\\.(?:\\s+\\S|\\s*$)"),
                    p("^\\d{1,3}\\.\\s*"),
                    "%s.",
                    p("^[*_#\\s]*Recommandation\\s+(\\d{1,3})[*_\\s]*$"),
                    p("^Recommandation\\s+\\d{1,3}\\s*"),
                    "Recommandation %s",
                    pi("\\b(?:adopté|approuvé)\\s+les\\s+recommandations\\s+suivantes\\s*:\\s*$"),
                    p("^\\s*([IVX]{1,5})\\.\\s+(\\S.*)$"),
                    p("^\\s*([A-H])\\.\\s+(\\p{Lu}.*)$"),
                    p("^[*_\\s]*([IVX]{1,5}|[A-H]|\\d{1,2})\\.\\s"),
                    Map.of()),
            new Grammar.Wording(
                    Pattern.compile("(?i)recueil (?:et index thématique )?des recommandations"),
                    Pattern.compile("(?i)(?:rapport|note) du secrétariat"),
                    Pattern.compile("(?i)(?:rapport de la réunion du groupe de travail|réunion du groupe de travail sur (?:la traite|le trafic)[^.]{0,80}s[’'] ?est tenue"
                            + "|le groupe de travail sur (?:la traite des personnes|le trafic illicite de migrants) a adopté)"),
                    Pattern.compile("(?i)groupe de travail (?:provisoire [^.]{0,60})?sur la traite des personnes"),
                    Pattern.compile("(?i)groupe de travail (?:[^.]{0,60})?sur le trafic illicite de (?:personnes )?migrant"),
                    new KeywordPattern(Pattern.compile("(?iU)\\b(?:à sa|la|sa)\\s+(\\S{2,20}(?:\\s+et\\s+unième)?)\\s+réunion\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS),
                            Pattern.compile("réunion", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), 5),
                    Pattern.compile("(?iU)\\b(?:à sa\\s+)?(\\S{2,20})\\s+session\\b"),
                    Pattern.compile("(?i)(?:résolution|décision)s?\\b"),
                    null,
                    Pattern.compile("(?i)assemblée générale|conseil (?:de sécurité|économique|des droits)|commission"),
                    Pattern.compile("(?s)\\s*de l[’']Assemblée"),
                    new Grammar.BodyNames(
                            "Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée",
                            "Groupe de travail sur la traite des personnes",
                            "Groupe de travail sur le trafic illicite de migrants",
                            "Assemblée générale")),
            FrenchLeadingVerbs::guess,
            FrenchOrdinals::parse);

    private FrenchGrammar() {
    }
}
