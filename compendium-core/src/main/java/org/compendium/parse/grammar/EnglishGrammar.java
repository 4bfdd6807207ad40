package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.numberLabel;
import static org.compendium.parse.grammar.Grammar.numbered;
import static org.compendium.parse.grammar.Grammar.p;
import static org.compendium.parse.grammar.Grammar.pi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.model.Language;

/** English, as UN documents print it: {@code 1.}, {@code (a)}, {@code Recommendation 1}, {@code Also requests}. */
final class EnglishGrammar {
    private static final VerbTable VERBS = new VerbTable(List.of(
            // preambular
            "Recalling", "Recalling also", "Recalling further", "Reaffirming", "Reaffirming also", "Noting",
            "Noting also", "Noting with concern", "Noting with appreciation", "Noting with satisfaction",
            "Taking note", "Taking note with appreciation", "Bearing in mind", "Welcoming", "Welcoming also",
            "Acknowledging", "Recognizing", "Recognizing also", "Emphasizing", "Stressing", "Concerned",
            "Deeply concerned", "Gravely concerned", "Convinced", "Determined", "Mindful", "Expressing concern",
            "Expressing its appreciation", "Considering", "Taking into account", "Having considered", "Aware",
            "Guided by", "Underlining", "Reiterating", "Affirming", "Desiring", "Acting",
            "Alarmed", "Deeply alarmed", "Gravely alarmed", "Conscious", "Deeply conscious", "Cognizant",
            "Encouraged", "Confident", "Disturbed", "Deeply disturbed", "Desirous", "Resolved", "Committed",
            "Appreciative", "Gratified", "Fully aware", "Aware also", "Convinced also", "Concerned also",
            "Deeply convinced", "Firmly convinced", "Seriously concerned", "Extremely concerned", "Having adopted",
            "Having examined", "Having received", "Having heard", "Keeping in mind", "Taking into consideration",
            "Noting with deep concern", "Noting further", "Welcoming further", "Welcoming with appreciation",
            "Expressing its satisfaction", "Expressing deep concern", "Expressing its deep concern",
            "Expressing its gratitude", "Building on", "Affirming also", "Viewing with appreciation",
            "Taking note also", "Reaffirming further", "Emphasizing also", "Stressing also", "Acknowledging also",
            // operative
            "Urges", "Strongly urges", "Also urges", "Further urges", "Requests", "Also requests", "Further requests",
            "Encourages", "Also encourages", "Further encourages", "Strongly encourages", "Invites", "Also invites",
            "Further invites", "Decides", "Also decides", "Further decides", "Calls upon", "Also calls upon",
            "Calls on", "Welcomes", "Also welcomes", "Notes", "Also notes", "Notes with concern",
            "Notes with appreciation", "Takes note", "Takes note with appreciation", "Reaffirms", "Recommends",
            "Emphasizes", "Stresses", "Expresses its appreciation", "Recognizes", "Acknowledges", "Endorses",
            "Adopts", "Approves", "Recalls", "Reiterates", "Underlines", "Appeals", "Authorizes", "Commends",
            "Condemns", "Strongly condemns", "Deplores", "Supports", "Declares", "Proclaims", "Reminds", "Regrets",
            "Confirms", "Affirms", "Considers", "Designates", "Trusts", "Transmits", "Resolves", "Agrees", "Calls for",
            "Also calls for", "Further calls upon", "Expresses its hope", "Expresses concern", "Expresses deep concern",
            "Expresses its deep concern", "Expresses its gratitude", "Welcomes with appreciation", "Highlights",
            "Underscores", "Looks forward", "Instructs", "Directs", "Also reaffirms", "Also stresses",
            "Also emphasizes", "Also recognizes", "Also acknowledges", "Also takes note", "Also recommends",
            "Further recommends", "Also reminds", "Also expresses its appreciation", "Notes with satisfaction",
            "Notes with deep concern"), true,
            // A gerund not in the list ("Cognizant" is, "Striving" need not be), with its also/further, or an
            // intensifying adverb and the word it intensifies ("Deeply troubled"). Words that end in -ing without
            // opening a clause are excluded ("During", "Beijing").
            p("(?:(?!(?:During|Nothing|Something|Everything|Anything|Morning|Evening|Beijing|Notwithstanding|Spring|Bring|Thing)\\b)"
                    + "\\p{Lu}\\p{Ll}{2,}ing(?:\\s+(?:also|further|again))?"
                    + "|(?:Deeply|Gravely|Seriously|Strongly|Fully|Firmly|Profoundly|Greatly|Keenly|Particularly|Extremely)"
                    + "\\s+\\p{Ll}{3,})\\b"));

    static final Grammar GRAMMAR = new Grammar(Language.ENGLISH,
            new Grammar.ResolutionShapes(
                    p("^[#*\\s]*Resolution\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    p("^[#*\\s]*Decision\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$"),
                    pi("^[#*\\s]*(?:\\S[^\\n]{0,800}?:\\s*)?(?:revised\\s+)?draft\\s+(?:resolution|(?<decision>decision))(?:\\s+[IVX]{1,4})?(?:\\s+submitted\\s+by\\s.*)?[*\\s]*$"),
                    "draft",
                    p("^[*\\s]*(?:The Conference of the Parties|The General Assembly|(?<organ>The Economic and Social Council|The Commission on Crime Prevention and Criminal Justice))\\b"),
                    p("^\\s*\\d{1,3}(?:st|nd|rd|th)\\s+plenary meeting\\s*$"),
                    p("^\\s*Annex(?:\\s+([IVX]{1,5}|\\d{1,2}))?\\s*$"),
                    numbered(2, "\\."), numberLabel(2, "\\."), "%s.",
                    p("^[-\\s]*\\(([a-z]{1,4})\\)\\**(?:\\s+\\S|\\s*$)"),
                    p("^-?\\s*\\([a-z]{1,4}\\)\\s*"),
                    "(%s)",
                    List.of(), ",;:.", false, true),
            new Grammar.ReportShapes(
                    numbered(3, "\\."), numberLabel(3, "\\."), "%s.",
                    p("^[*_#\\s]*Recommendation\\s+(\\d{1,3})[*_\\s]*$"),
                    p("^Recommendation\\s+\\d{1,3}\\s*"),
                    "Recommendation %s",
                    pi("\\b(?:adopted|agreed on|endorsed|approved)\\s+the\\s+following\\s+recommendations\\s*:\\s*$"),
                    p("^\\s*([IVX]{1,5})\\.\\s+(\\S.*)$"),
                    p("^\\s*([A-H])\\.\\s+(\\p{Lu}.*)$"),
                    p("^[*_\\s]*([IVX]{1,5}|[A-H]|\\d{1,2})\\.\\s"),
                    Map.of()),
            new Grammar.Wording(
                    pi("compendium of (?:the )?recommendations"),
                    pi("(?:report|note) (?:of|by) the secretariat"),
                    pi("report on the meeting of the working group|the working group on (?:trafficking in persons|the smuggling of migrants) adopted"),
                    pi("working group on trafficking in persons"),
                    pi("working group on (?:the )?smuggling of migrants"),
                    // "held its eleventh meeting" as well as "at its" and "the eleventh meeting".
                    new KeywordPattern(pi("\\b(?:its|the)\\s+(\\S{2,24})\\s+meeting\\b"), pi("meeting"), 3),
                    pi("\\b(?:at its\\s+)?(\\S{2,24})\\s+session\\b"),
                    pi("(?:resolution|decision)s?\\b"),
                    null,
                    pi("general assembly|security council|economic and social council|human rights council|commission"),
                    pi("\\s*of the (?:general )?assembly"),
                    new Grammar.BodyNames(
                            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
                            "Working Group on Trafficking in Persons",
                            "Working Group on the Smuggling of Migrants",
                            "General Assembly")),
            VERBS::lead,
            SpelledOrdinals.of(Locale.ENGLISH)::parse);

    private EnglishGrammar() {
    }
}
