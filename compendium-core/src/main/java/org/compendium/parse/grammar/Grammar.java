package org.compendium.parse.grammar;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.compendium.model.Language;

/**
 * How UN documents of one language are built and worded, as the structure readers need it. One value per language
 * ({@link Grammars#of}); each is immutable and thread-safe.
 *
 * @param language    the language it describes
 * @param resolution  the shapes of a COP resolution or decision
 * @param report      the shapes of a meeting or Secretariat report
 * @param wording     the phrases that name the document type, the bodies, meetings and sessions
 * @param leadingVerb the leading verb phrase of a normalised paragraph, or null (from the verb table, or French word rules)
 * @param ordinals    reads an ordinal word or abbreviation to its number ({@code fourteenth}, {@code 第十四})
 */
public record Grammar(Language language, ResolutionShapes resolution, ReportShapes report, Wording wording,
                      Function<String, String> leadingVerb, OrdinalReader ordinals) {

    /** Reads an ordinal of the language. */
    @FunctionalInterface
    public interface OrdinalReader {
        OptionalInt parse(String word);
    }

    /**
     * The shapes of a resolution or decision.
     *
     * @param resolutionHeading a whole line heading a resolution; group 1 its number ({@code 11/5})
     * @param decisionHeading   a whole line heading a decision; group 1 its number
     * @param draft             a whole line presenting a draft ({@code Argentina, Canada and Mexico: draft resolution},
     *                          {@code Revised draft decision submitted by the President}); its group {@code decision} is
     *                          set when the draft is a decision's
     * @param draftWord         a word every line {@code draft} matches holds (in its case rules): only the lines
     *                          holding it are tried ({@code ResolutionShapesTest} checks that a line loses its match
     *                          without it)
     * @param opening           the start of the line naming the adopting body ({@code The Conference of the Parties},
     *                          {@code The General Assembly}); its group {@code organ} is set when the body is another organ
     *                          whose resolutions are read with the same structure ({@code The Economic and Social Council},
     *                          {@code The Commission on Crime Prevention and Criminal Justice}): no body of the model, so
     *                          their numbers ({@code Resolution 39/2}) are no COP instrument's
     * @param closing           a closing formula line after the operative part ({@code 45th plenary meeting})
     * @param annexHeading      a whole line heading an annex ({@code Annex}, {@code Annex II}); group 1 its number, if any
     * @param operative         the start of a numbered operative paragraph; group 1 its number
     * @param operativeLabel    the number to cut from an operative paragraph's text
     * @param operativeFormat   how an operative paragraph's number is printed ({@code %s.}, {@code %s -})
     * @param lettered          the start of a lettered paragraph or sub-paragraph; group 1 its letter as printed
     * @param letterLabel       the letter to cut from its text
     * @param letterFormat      how its letter is printed ({@code %s)}, {@code (%s)})
     * @param letters           the language's own letters in order ({@code أ ب ج}), read as {@code a b c}; empty
     *                          when it letters with Latin letters
     * @param paragraphEnds     the characters that end a paragraph's last line ({@code ,;:.}, {@code ،؛:.}, {@code ，；：。})
     * @param lowerCaseStarts   whether paragraphs start in lower case (Russian), so that a lower-case line is not
     *                          necessarily the continuation of the one above
     * @param verbsOpenPreamble whether a preambular paragraph must open with a leading verb of the grammar's table,
     *                          so that a line wrapped after a comma ({@code … together with the Convention,}) carries
     *                          on its paragraph (false for French, whose verbs are read by word rules)
     */
    public record ResolutionShapes(Pattern resolutionHeading, Pattern decisionHeading, Pattern draft, String draftWord, Pattern opening,
                                   Pattern closing, Pattern annexHeading, Pattern operative, Pattern operativeLabel, String operativeFormat,
                                   Pattern lettered, Pattern letterLabel, String letterFormat, List<String> letters,
                                   String paragraphEnds, boolean lowerCaseStarts,
                                   boolean verbsOpenPreamble) {
        public ResolutionShapes {
            letters = List.copyOf(letters);
        }

        /** Whether {@code line} opens the text of another organ's resolution ({@link #opening}'s group {@code organ}). */
        public boolean opensForOtherOrgan(String line) {
            java.util.regex.Matcher m = opening.matcher(line);
            return m.lookingAt() && m.group("organ") != null;
        }

        /** A printed letter as the citation letter: {@code ب} gives {@code b}; a Latin letter stays as it is. */
        public String canonicalLetter(String printed) {
            int i = letters.indexOf(printed);
            return i < 0 ? printed : String.valueOf((char) ('a' + i));
        }
    }

    /**
     * The shapes of a report.
     *
     * @param paragraph            the start of a numbered paragraph; group 1 its number
     * @param paragraphLabel       the number to cut from a paragraph's text
     * @param paragraphFormat      how a paragraph is labelled ({@code %s.}, {@code %s -})
     * @param recommendation       a whole line heading a recommendation; group 1 its number
     * @param recommendationLabel  the heading to cut from a recommendation's text
     * @param recommendationFormat how a recommendation is labelled ({@code Recommendation %s}, {@code 建议%s})
     * @param recommendationsFollow the end of a paragraph that announces a list of recommendations ({@code … the Working
     *                             Group adopted the following recommendations:}, {@code … aprobó las recomendaciones
     *                             siguientes:}): the numbered or lettered items under it are recommendations, numbered
     *                             or lettered as printed ({@code rec. 2}, {@code rec. (b)})
     * @param numberedSection      a whole line heading a chapter ({@code II. Recommendations}, {@code ثانياً - التوصيات})
     * @param letteredSection      a whole line heading a section ({@code A. Opening}, {@code ألف - افتتاح})
     * @param sectionLabel         the start of a heading's text; group 1 its number or letter as printed
     * @param sectionIds           printed chapter and section numbers to the Roman numerals and Latin letters
     *                             that paths use ({@code ثانياً} and {@code 二} give {@code II}, {@code Б} gives {@code B})
     */
    public record ReportShapes(Pattern paragraph, Pattern paragraphLabel, String paragraphFormat,
                               Pattern recommendation, Pattern recommendationLabel, String recommendationFormat,
                               Pattern recommendationsFollow,
                               Pattern numberedSection, Pattern letteredSection, Pattern sectionLabel,
                               Map<String, String> sectionIds) {
        public ReportShapes {
            sectionIds = Map.copyOf(sectionIds);
        }

        /** The path id of a printed chapter or section number ({@code ثانياً} gives {@code II}). */
        public String sectionId(String printed) {
            return sectionIds.getOrDefault(printed, printed);
        }
    }

    /**
     * The wording that tells what a document is and who adopted it.
     *
     * @param compendium              the title of a compendium of recommendations
     * @param secretariat             "Report of the Secretariat" / "Note by the Secretariat"
     * @param meetingReport           the title or adoption formula of a working-group meeting report
     * @param traffickingGroup        the name of the Working Group on Trafficking in Persons
     * @param smugglingGroup          the name of the Working Group on the Smuggling of Migrants
     * @param meeting                 a meeting number in words; group 1 the ordinal (sought over a whole report: tried
     *                                only near its keyword)
     * @param session                 a session number in words; group 1 the ordinal
     * @param resolutionMention       the word before a mentioned resolution or decision number ({@code resolution 11/5})
     * @param resolutionMentionAfter  the word after it where the language puts it there ({@code 第11/5号决议}), or null
     * @param otherOrgan              an organ other than the COP, whose resolutions are not the COP's: found between
     *                                the word and the number, or starting right after the number
     * @param otherOrganAfter         what else, right after the number, says it is another organ's
     * @param names                   the names of the bodies in the language
     */
    public record Wording(Pattern compendium, Pattern secretariat, Pattern meetingReport, Pattern traffickingGroup,
                          Pattern smugglingGroup, KeywordPattern meeting, Pattern session, Pattern resolutionMention,
                          Pattern resolutionMentionAfter, Pattern otherOrgan, Pattern otherOrganAfter,
                          BodyNames names) {
    }

    /** The bodies' names in one language, as documents print them (in the nominative). */
    public record BodyNames(String conference, String traffickingGroup, String smugglingGroup, String generalAssembly) {
    }

    /** A pattern with Unicode character classes, as every grammar pattern is compiled. */
    static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** A case-insensitive pattern with Unicode character classes. */
    static Pattern pi(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The start of a paragraph numbered with at most {@code digits} digits and then {@code mark} ({@code 12. },
     * {@code 12 - }), or such a number alone on its line, as raw PDF extraction leaves it.
     */
    static Pattern numbered(int digits, String mark) {
        return p("^\\s*(\\d{1," + digits + "})" + mark + "(?:\\s+\\S|\\s*$)");
    }

    /** The number and mark that {@link #numbered} matched, to cut from the paragraph's text. */
    static Pattern numberLabel(int digits, String mark) {
        return p("^\\d{1," + digits + "}" + mark + "\\s*");
    }

    /** A pattern that matches nothing: what a language has no wording for. */
    static Pattern never() {
        return Pattern.compile("(?!)");
    }
}
