package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.Work;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceSpan;
import org.compendium.parse.grammar.CompendiumGrammar;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Numerals;

/**
 * Reads the lines of one COP resolution or decision, in the shapes of its language's grammar: heading, title, the
 * opening "La Conférence des Parties ...",
 * preambular paragraphs with their leading verb, numbered operative paragraphs (or the lettered paragraphs of a
 * decision) and their lettered and roman sub-paragraphs, with footnotes set apart.
 *
 * <p>A footnote block or page break can cut a paragraph in two; the part after it starts in lower case or follows a
 * line that does not end a paragraph, and is joined back to the paragraph it continues.
 */
final class ResolutionBodyReader {
    private static final Pattern ROMAN = Pattern.compile("^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MARGIN_LABEL = Pattern.compile("^\\s*[Aa]l\\.\\s*(\\d{1,2})\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * The same label printed at the start of its paragraph, as the project's own editions print it in each language:
     * {@code al. 1 Rappelant}, {@code PP 1 Recalling}, {@code 序言段1 回顾}.
     */
    private static final Pattern INLINE_MARGIN_LABEL = CompendiumGrammar.PREAMBULAR_LABEL;
    private static final Pattern INLINE_MARGIN_LABEL_CUT = CompendiumGrammar.PREAMBULAR_LABEL_CUT;
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?:<sup>[^<]*</sup>|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079*\\s])+$");
    /**
     * A General Assembly resolution's numbered title, {@code 80/123. Political declaration …} ({@code 80/123 - …} in
     * Arabic): the title proper starts here, whatever the masthead above it held.
     */
    static final Pattern NUMBERED_TITLE = Pattern.compile("^\\p{Nd}{1,4}/\\p{Nd}{1,4}\\s*[.\\-–]\\s*(?=\\S)", Pattern.UNICODE_CHARACTER_CLASS);
    /** The committee line under the adoption line, {@code [on the report of the Third Committee (A/80/456)]}. */
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\]]*\\]$");
    /**
     * A footnote mark that text extraction left as plain digits after the punctuation ending a paragraph's last line
     * ({@code … and the Protocols thereto,1}), or a blank apart where the extraction keeps the layout
     * ({@code … thereto, 1}): the punctuation, not the mark, says whether the paragraph ends.
     */
    private static final Pattern TRAILING_FOOTNOTE_DIGITS = Pattern.compile("(?<=(?:[,;:،؛，；：]|\\p{L}[.。])[ \\t]?)\\d{1,3}$");

    private final NodeCollector collector;
    private final Grammar.ResolutionShapes shapes;
    private final boolean markdown;
    private final Work work;
    private final Integer session;
    private final String labelPrefix;
    private final List<String> pathPrefix;
    /**
     * Whether its paragraphs are lettered: a decision's, unless its paragraphs are numbered ({@code 1. Decides …}),
     * when it reads as a resolution does (preamble, operative paragraphs, sub-paragraphs, annex).
     */
    private boolean decision;
    private final Grammar.BodyNames bodies;
    private final Grammar.ReportShapes reportShapes;
    /** Reads an annex's number printed as an ordinal word ({@code المرفق الثاني}). */
    private final Grammar.OrdinalReader ordinals;

    private OpenNode current;
    private String currentLastLine = "";
    private final FootnoteBlock footnotes;
    private boolean titleDone;
    private boolean openingSeen;
    private int preambular;
    private int nextOperative = 1;
    private OpenNode.ProvisionDraft top;
    private OpenNode.ProvisionDraft letter;
    private String lastTopLetter = "";
    private String lastSubLetter = "";
    /** The annex being read ({@code 1}), or null in the resolution itself. */
    private String annex;
    private int nextAnnexParagraph = 1;
    private boolean closingSeen;
    /**
     * The opening of a decision while no lettered paragraph has followed it: a decision of one paragraph ("The
     * Conference … decides that …") is all opening, and that opening is its one provision ({@link #soleParagraph}).
     */
    private OpenNode.SegmentDraft decisionOpening;

    /**
     * @param labelPrefix the compendium's reference prefix ({@code V.}) or null for a stand-alone resolution
     * @param pathPrefix  the structure path above the resolution ({@code ["B", "V"]} in a compendium), or empty
     * @param decision    whether its paragraphs are lettered (decisions) rather than numbered (resolutions)
     * @param grammar     the grammar of the document's language
     * @param runningHeader the document's own symbol, which PDF pages repeat as a running header, or null
     */
    ResolutionBodyReader(NodeCollector collector, boolean markdown, Work work, Integer session, String labelPrefix,
                         List<String> pathPrefix, boolean decision, Grammar grammar, String runningHeader) {
        this.collector = collector;
        this.shapes = grammar.resolution();
        this.markdown = markdown;
        this.work = work;
        this.session = session;
        this.labelPrefix = labelPrefix;
        this.pathPrefix = List.copyOf(pathPrefix);
        this.decision = decision;
        this.bodies = grammar.wording().names();
        this.reportShapes = grammar.report();
        this.ordinals = grammar.ordinals();
        this.footnotes = new FootnoteBlock(collector, markdown, runningHeader);
    }

    void read(List<SourceLines.Line> lines) {
        if (decision && numbersItsParagraphs(lines)) {
            decision = false;
        }
        for (SourceLines.Line line : lines) {
            if (!line.isBlank()) {
                readLine(line);
            }
        }
        footnotes.close();
        close();
    }

    private void readLine(SourceLines.Line line) {
        String s = line.text();
        if (footnotes.setsAside(line)) {
            return;
        }
        Matcher m;
        if ((m = LineGate.matched(MARGIN_LABEL, s)) != null) {
            // A compendium's "Al. 5" printed in the margin: the number, not text of any paragraph.
            single(SegmentKind.PAGE_FURNITURE, "al. " + m.group(1), line);
            return;
        }
        String heading = headingNumber(s);
        if (heading != null) {
            closeAsMasthead();
            current = new OpenNode.SegmentDraft(labelPrefix == null ? SegmentKind.FRONT_MATTER : SegmentKind.HEADING,
                    heading, pathPrefix);
            add(line);
            close();
            return;
        }
        if (!openingSeen && shapes.opening().matcher(s).lookingAt()) {
            close();
            titleDone = true;
            openingSeen = true;
            current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "opening", pathPrefix);
            if (decision) {
                decisionOpening = (OpenNode.SegmentDraft) current;
            }
            add(line);
            return;
        }
        if (titleDone && (m = LineGate.matched(shapes.annexHeading(), s)) != null) {
            annexHeading(line, annexNumber(m.group(1)));
            return;
        }
        if (annex != null) {
            annexLine(line);
            return;
        }
        if (closingSeen || top != null && LineGate.matches(shapes.closing(), s)) {
            // "45th plenary meeting" and the date under it close the resolution: text, not a provision.
            if (!closingSeen) {
                close();
                closingSeen = true;
                current = new OpenNode.SegmentDraft(SegmentKind.TEXT, "closing", pathPrefix);
            }
            add(line);
            return;
        }
        if (!titleDone) {
            if (LineGate.matches(BRACKETED, s)) {
                closeAsMasthead();
                collector.addSegment(SegmentKind.FRONT_MATTER, "masthead", pathPrefix, Spans.ofLine(line));
                return;
            }
            if (labelPrefix == null && LineGate.matches(shapes.draft(), s)) {
                // A draft's sponsors line: what stands above it is masthead (and sponsors wrapped over several
                // lines, which the masthead keeps with it); its title follows.
                closeAsMasthead();
                collector.addSegment(SegmentKind.FRONT_MATTER, "sponsors", pathPrefix, Spans.ofLine(line));
                return;
            }
            if (LineGate.lookingAt(NUMBERED_TITLE, s)) {
                closeAsMasthead();
            }
            if (current == null) {
                current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "title", pathPrefix);
            }
            add(line);
            return;
        }
        if (top == null && !decision && LineRules.isPageNumber(s)) {
            // A bare number in the preamble, where paragraphs are not numbered: the page number of a PDF page.
            single(SegmentKind.PAGE_FURNITURE, "", line);
        } else if (top == null && !decision && (m = LineGate.lookedAt(INLINE_MARGIN_LABEL, s)) != null
                && Integer.parseInt(m.group(1)) == preambular + 1) {
            preambular(line, INLINE_MARGIN_LABEL_CUT);
        } else if (!decision && (m = LineGate.lookedAt(shapes.operative(), s)) != null && Integer.parseInt(m.group(1)) == nextOperative) {
            operative(line, Numerals.ascii(m.group(1)));
        } else if ((top != null || decision && annex == null) && (m = LineGate.lookedAt(shapes.lettered(), s)) != null
                && !midSentence()) {
            // In an annex, letters belong to its numbered paragraphs: one before the first is text, not an item of nothing.
            lettered(line, shapes.canonicalLetter(m.group(1)), m.group(1));
        } else if (decision && annex == null && top == null && openingSeen && current != null && !continues(line)
                && collector.leadingVerb(line.stripped()) != null) {
            decisionParagraph(line);
        } else if (current != null && continues(line)) {
            add(line);
        } else if (top == null && !decision) {
            preambular(line, null);
        } else if (current != null) {
            add(line);
        } else {
            current = new OpenNode.SegmentDraft(SegmentKind.TEXT, "", pathPrefix);
            add(line);
        }
    }

    /**
     * Whether a decision numbers its paragraphs: after its opening, a paragraph numbered 1 comes before any lettered
     * one ({@code The Conference …,} / {@code Recalling …,} / {@code 1. Decides …}).
     */
    private boolean numbersItsParagraphs(List<SourceLines.Line> lines) {
        boolean opened = false;
        for (SourceLines.Line line : lines) {
            String s = line.text();
            if (line.isBlank()) {
                continue;
            }
            if (!opened) {
                opened = shapes.opening().matcher(s).lookingAt();
                continue;
            }
            Matcher m;
            if (shapes.lettered().matcher(s).lookingAt() || shapes.annexHeading().matcher(s).matches()) {
                return false;
            }
            if ((m = shapes.operative().matcher(s)).lookingAt()) {
                return Integer.parseInt(Numerals.ascii(m.group(1))) == 1;
            }
        }
        return false;
    }

    /** The number of a resolution or decision heading line ({@code 11/5}), or null when the line is not one. */
    private String headingNumber(String line) {
        InstrumentBlocks.Heading h = InstrumentBlocks.heading(line, shapes);
        return h == null ? null : h.number();
    }

    /**
     * Whether a line carries on the open node rather than starting a new paragraph: it starts in lower case (where
     * paragraphs do not), it does not open with a leading verb inside the preamble (where the grammar's verb table
     * says how paragraphs open), or the line above stopped without the punctuation that ends a paragraph.
     */
    private boolean continues(SourceLines.Line line) {
        String s = line.stripped();
        int first = s.codePointAt(0);
        if (!shapes.lowerCaseStarts() && Character.isLowerCase(first) && !shapes.lettered().matcher(s).lookingAt()) {
            return true;
        }
        if (shapes.verbsOpenPreamble() && top == null && !decision && current instanceof OpenNode.ProvisionDraft
                && collector.leadingVerb(s) == null) {
            // In the preamble a new paragraph opens with a leading verb; any other line was wrapped after a comma.
            return true;
        }
        String last = withoutTrailingFootnoteDigits(withoutTrailingMarks(currentLastLine));
        return !last.isEmpty() && shapes.paragraphEnds().indexOf(last.charAt(last.length() - 1)) < 0;
    }

    /**
     * Whether the line above stopped in the middle of a sentence, on a letter or digit: then a line starting with a
     * letter in brackets is a reference that wrapped there ({@code … paragraph 2} / {@code (b) of the present
     * resolution;}), not a new sub-paragraph, which follows a chapeau's colon or a sub-paragraph's semicolon.
     */
    private boolean midSentence() {
        String last = withoutTrailingFootnoteDigits(withoutTrailingMarks(currentLastLine));
        return !last.isEmpty() && Character.isLetterOrDigit(last.codePointBefore(last.length()));
    }

    /** {@code line} without the footnote digits {@link #TRAILING_FOOTNOTE_DIGITS} matches; run only after a digit. */
    private static String withoutTrailingFootnoteDigits(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char c = line.charAt(line.length() - 1);
        boolean mayEndMatch = c >= '0' && c <= '9' || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        // The blank a layout-keeping extraction sets before the mark goes with it.
        return mayEndMatch ? TRAILING_FOOTNOTE_DIGITS.matcher(line).replaceAll("").stripTrailing() : line;
    }

    /**
     * {@code line} without the footnote marks and blanks {@link #TRAILING_MARKS} matches at its end. The pattern is run
     * only when the last character can end a match (a mark, a blank, the {@code >} of {@code </sup>}, or a final line
     * terminator before which {@code $} matches): most lines end with a letter or punctuation, and this runs on each.
     */
    private static String withoutTrailingMarks(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char c = line.charAt(line.length() - 1);
        boolean mayEndMatch = c == '>' || c == '*' || c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070'
                || c >= '\u2074' && c <= '\u2079' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
                || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        return mayEndMatch ? TRAILING_MARKS.matcher(line).replaceAll("") : line;
    }

    /** @param label the inline {@code al. N} label to cut from its text, or null when it has none */
    private void preambular(SourceLines.Line line, Pattern label) {
        close();
        preambular++;
        String number = Integer.toString(preambular);
        List<String> path = new ArrayList<>(pathPrefix);
        path.add("al. " + number);
        OpenNode.ProvisionDraft draft = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.PREAMBULAR, number)),
                ProvisionKind.PREAMBULAR, number, path, labelPrefix == null ? "" : labelPrefix + "al. " + number,
                label, null, session);
        draft.leadingVerb = LeadingVerbs.italicLead(label == null ? line.text() : label.matcher(line.stripped()).replaceFirst(""));
        current = draft;
        add(line);
    }

    private void operative(SourceLines.Line line, String number) {
        close();
        nextOperative++;
        List<String> path = new ArrayList<>(pathPrefix);
        path.add(number);
        top = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.OPERATIVE, number)), ProvisionKind.OPERATIVE, number, path,
                labelPrefix == null ? shapes.operativeFormat().formatted(number) : labelPrefix + number, shapes.operativeLabel(), null, session);
        top.leadingVerb = LeadingVerbs.italicLead(line.text());
        letter = null;
        lastSubLetter = "";
        current = top;
        add(line);
    }

    /** A lettered line: {@code label} is its citation letter ({@code b}), {@code printed} the letter as printed ({@code ب}). */
    private void lettered(SourceLines.Line line, String label, String printed) {
        String printedLabel = shapes.letterFormat().formatted(printed);
        if (decision) {
            // Lettered paragraphs follow: the opening was their chapeau, text of the decision, not a provision.
            decisionOpening = null;
        }
        close();
        // "i)" after "h)" is the ninth letter; after any other letter it opens a roman list one level down.
        // In a decision's annex, letters are sub-paragraphs of the annex's numbered paragraphs, as in a resolution's.
        boolean topLetters = decision && annex == null;
        String expectedLetter = nextLetter(topLetters ? lastTopLetter : lastSubLetter);
        boolean roman = ROMAN.matcher(label).matches() && !label.equals(expectedLetter);
        // A roman numeral with no letter above it to hang under is a decision's own letter (i, v, x).
        if (topLetters && (!roman || letter == null)) {
            lastTopLetter = label;
            List<String> path = new ArrayList<>(pathPrefix);
            path.add(label);
            top = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.OPERATIVE, label)), ProvisionKind.OPERATIVE, label, path,
                    labelPrefix == null ? printedLabel : labelPrefix + label, shapes.letterLabel(), null, session);
            top.leadingVerb = LeadingVerbs.italicLead(line.text());
            letter = top;
            current = top;
        } else {
            OpenNode.ProvisionDraft parent = roman && letter != null ? letter : top;
            List<String> path = new ArrayList<>(parent.path);
            path.add(label);
            OpenNode.ProvisionDraft sub = new OpenNode.ProvisionDraft(parent.citation.child(label),
                    ProvisionKind.SUBPARAGRAPH, label, path, labelPrefix == null ? printedLabel : parent.label + "." + label,
                    shapes.letterLabel(), null, session);
            if (!roman) {
                letter = sub;
                lastSubLetter = label;
            }
            current = sub;
        }
        add(line);
    }

    /**
     * A paragraph opening with a leading verb between a decision's opening and its lettered paragraphs: a preambular
     * paragraph when it ends with a comma ({@code Recalling its resolution 9/1 …,}), as a resolution's preamble has
     * them; else the decision's own words ({@code Decides:} over its letters, or {@code Decides that …} alone), which
     * are its chapeau or its one paragraph as the opening would have been. Before, the preamble was read into the
     * opening, set aside with it, and no preambular paragraph was a provision.
     */
    private void decisionParagraph(SourceLines.Line line) {
        if (paragraphEnd(line.index()) == ',') {
            decisionOpening = current == decisionOpening ? null : decisionOpening;
            if (current instanceof OpenNode.SegmentDraft) {
                current.close(collector);
                current = null;
            }
            preambular(line, null);
        } else if (current == decisionOpening) {
            add(line);
        } else {
            close();
            current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "opening", pathPrefix);
            decisionOpening = (OpenNode.SegmentDraft) current;
            add(line);
        }
    }

    /** How the paragraph starting at line {@code from} ends: the last character of its first line that ends one, or 0. */
    private char paragraphEnd(int from) {
        SourceLines lines = collector.lines();
        for (int i = from; i < lines.size() && i < from + 40; i++) {
            SourceLines.Line l = lines.get(i);
            if (l.isBlank() || LineRules.isFurniture(l.text())) {
                continue;
            }
            String last = withoutTrailingFootnoteDigits(withoutTrailingMarks(l.stripped()));
            char end = last.isEmpty() ? 0 : last.charAt(last.length() - 1);
            if (shapes.paragraphEnds().indexOf(end) >= 0) {
                return end == '،' || end == '，' ? ',' : end;
            }
        }
        return 0;
    }

    /** An annex heading ({@code Annex}, {@code Annex II}): what follows are the annex's title and numbered paragraphs. */
    /**
     * An annex's number as every language version cites it: {@code 1} when the heading prints none; the digits or
     * Roman numeral printed ({@code Annex II}); Chinese numerals and Arabic ordinal words as the Roman numeral they
     * stand for ({@code 附件二}, {@code المرفق الثاني} are annex II), which an eId can hold (before: a crash on {@code 二}).
     */
    private String annexNumber(String printed) {
        if (printed == null) {
            return "1";
        }
        String ascii = Numerals.ascii(printed);
        if (ascii.codePoints().allMatch(Character::isLetter) && Numerals.roman(ascii).isEmpty()) {
            java.util.OptionalInt n = Numerals.chinese(ascii);
            if (n.isEmpty()) {
                n = ordinals.parse(ascii);
            }
            if (n.isPresent() && n.getAsInt() > 0) {
                return org.compendium.parse.french.FrenchOrdinals.toRoman(n.getAsInt());
            }
        }
        return ascii;
    }

    private void annexHeading(SourceLines.Line line, String number) {
        close();
        annex = number;
        nextAnnexParagraph = 1;
        top = null;
        letter = null;
        lastSubLetter = "";
        current = new OpenNode.SegmentDraft(SegmentKind.HEADING, "annex " + number, annexPath());
        add(line);
        close();
    }

    /**
     * A line of an annex (an annexed declaration, a workplan): its numbered paragraphs ({@code annex 1 para. 2}) and
     * their lettered sub-paragraphs are provisions of the annex; its own chapter and section headings are headings of
     * the annex; its title and chapeau are text.
     */
    private void annexLine(SourceLines.Line line) {
        String s = line.text();
        Matcher m;
        if (InstrumentBlocks.isReportHeading(s, reportShapes)) {
            // The annex's own chapter and section headings ("I. Purpose", "A. Meeting in 2027"): headings of the annex.
            close();
            Matcher label = reportShapes.sectionLabel().matcher(s);
            current = new OpenNode.SegmentDraft(SegmentKind.HEADING,
                    label.lookingAt() ? reportShapes.sectionId(Numerals.ascii(label.group(1))) : "", annexPath());
            add(line);
            close();
            top = null;
            letter = null;
            lastSubLetter = "";
        } else if ((m = LineGate.lookedAt(shapes.operative(), s)) != null && Integer.parseInt(m.group(1)) == nextAnnexParagraph) {
            close();
            nextAnnexParagraph++;
            String number = Numerals.ascii(m.group(1));
            List<String> path = new ArrayList<>(annexPath());
            path.add(number);
            top = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.PARAGRAPH, number).inAnnex(annex)),
                    ProvisionKind.PARAGRAPH, number, path, shapes.operativeFormat().formatted(number), shapes.operativeLabel(),
                    null, session);
            letter = null;
            lastSubLetter = "";
            current = top;
            add(line);
        } else if (top != null && (m = LineGate.lookedAt(shapes.lettered(), s)) != null && !midSentence()) {
            lettered(line, shapes.canonicalLetter(m.group(1)), m.group(1));
        } else if (current != null) {
            add(line);
        } else {
            current = new OpenNode.SegmentDraft(SegmentKind.TEXT, "annex " + annex, annexPath());
            add(line);
        }
    }

    /**
     * The one paragraph of a decision that letters none ("The Conference of the Parties … decides that …"): its
     * operative provision, {@code op_1}, in the series of a decision's lettered paragraphs ({@code op_a}), so that a
     * decision's provisions are its operative ones whatever their number. The decision prints no number, so the
     * provision's label is empty (or the compendium's prefix); its text is the whole paragraph, body name included,
     * and its leading verb is the one after the body's name.
     */
    private void soleParagraph(OpenNode.SegmentDraft opening) {
        List<String> path = new ArrayList<>(pathPrefix);
        path.add("1");
        OpenNode.ProvisionDraft sole = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.OPERATIVE, "1")),
                ProvisionKind.OPERATIVE, "1", path, labelPrefix == null ? "" : labelPrefix.strip(), null, null, session);
        for (SourceSpan span : opening.spans().list()) {
            sole.spans().add(span.start(), span.end());
        }
        String text = collector.textWithoutLabel(opening.spans().list(), null);
        String verb = verbAfterBody(text);
        // After a preamble the paragraph opens with its verb ("Decides that …"), not with the body's name.
        sole.leadingVerb = verb != null || !preambleRead() ? verb : collector.leadingVerb(text);
        sole.close(collector);
    }

    private boolean preambleRead() {
        return preambular > 0;
    }

    /** The leading verb after the adopting body's opening words ({@code decides} in "The Conference … decides that"), or null. */
    private String verbAfterBody(String text) {
        for (String body : List.of(bodies.conference(), bodies.generalAssembly())) {
            int at = text.indexOf(body);
            if (at >= 0) {
                String rest = text.substring(at + body.length()).replaceFirst("^[\\s,،，]+", "");
                if (rest.isEmpty()) {
                    return null;
                }
                // The verbs are read as paragraphs open, capitalised (French word rules need it); the verb is given back
                // as the decision prints it, in lower case.
                String verb = collector.leadingVerb(rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1));
                return verb == null || verb.length() > rest.length() ? null : rest.substring(0, verb.length());
            }
        }
        return null;
    }

    private List<String> annexPath() {
        List<String> path = new ArrayList<>(pathPrefix);
        path.add("annex " + annex);
        return path;
    }

    private static String nextLetter(String letter) {
        return letter.isEmpty() ? "a" : String.valueOf((char) (letter.charAt(0) + 1));
    }

    private void add(SourceLines.Line line) {
        // Raw extraction may run the next numbered paragraph on in this line ("… smugglers;8 3. Commit to …"): it
        // starts there when it is the one expected next (MidLineNumbers); the rest of the line is read as a line.
        int expected = decision || markdown || !(current instanceof OpenNode.ProvisionDraft) ? -1
                : annex != null ? nextAnnexParagraph : top != null ? nextOperative : -1;
        int cut = expected < 0 ? -1 : MidLineNumbers.cut(line.text(), expected, shapes.operative(), true, shapes.lowerCaseStarts());
        // Its sub-paragraphs may run on in the line too ("… within existing resources: (a) To update …; (b) To …"):
        // the next one starts at its letter after the chapeau's colon or the previous one's semicolon (LetteredItems).
        int item = top == null || markdown || decision && annex == null || !(current instanceof OpenNode.ProvisionDraft) ? -1
                : LetteredItems.cut(line.text(), line.contentStart() - line.start(), nextLetter(lastSubLetter), shapes);
        boolean itemCut = item > 0 && (cut < 0 || item < cut);
        if (itemCut) {
            cut = item;
        }
        if (cut > 0) {
            String text = line.text();
            SourceLines.Line head = new SourceLines.Line(line.index(), line.start(), line.start() + cut, text.substring(0, cut));
            currentLastLine = head.stripped();
            FootnoteMarks.addLine(current, head, markdown, collector, pathPrefix);
            SourceLines.Line rest = new SourceLines.Line(line.index(), line.start() + cut, line.end(), text.substring(cut));
            Matcher m;
            if (itemCut && (m = LineGate.lookedAt(shapes.lettered(), rest.text())) != null) {
                // The item opens where LetteredItems found it, after "; and" too, which reads as mid-sentence.
                lettered(rest, shapes.canonicalLetter(m.group(1)), m.group(1));
            } else {
                readLine(rest);
            }
            return;
        }
        currentLastLine = line.stripped();
        FootnoteMarks.addLine(current, line, markdown, collector, pathPrefix);
    }

    private void single(SegmentKind kind, String label, SourceLines.Line line) {
        collector.addSegment(kind, label, List.of(), Spans.ofLine(line));
    }

    /**
     * Closes the open node; lines read as the title before a resolution's heading, its committee line or its numbered
     * title were its masthead ({@code United Nations  A/RES/79/190}, {@code Distr.: General}, the session, the agenda
     * item, {@code Resolution adopted by the General Assembly on …}), not its title.
     */
    private void closeAsMasthead() {
        if (current instanceof OpenNode.SegmentDraft d && d.kind == SegmentKind.FRONT_MATTER && d.label.equals("title")) {
            current = d.labelled("masthead");
        }
        close();
    }

    private void close() {
        if (current != null && current == decisionOpening) {
            decisionOpening = null;
            soleParagraph((OpenNode.SegmentDraft) current);
            current = null;
            currentLastLine = "";
        } else if (current != null) {
            current.close(collector);
            current = null;
            currentLastLine = "";
        }
    }
}
