package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.Work;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;

/**
 * Reads the lines of one COP resolution or decision: heading, title, the opening "La Conférence des Parties ...",
 * preambular paragraphs with their leading verb, numbered operative paragraphs (or the lettered paragraphs of a
 * decision) and their lettered and roman sub-paragraphs, with footnotes set apart.
 *
 * <p>A footnote block or page break can cut a paragraph in two; the part after it starts in lower case or follows a
 * line that does not end a paragraph, and is joined back to the paragraph it continues.
 */
final class ResolutionBodyReader {
    private static final Pattern HEADING = Pattern.compile("^[#*\\s]*(Résolution|Décision)\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OPENING = Pattern.compile("^[*\\s]*La Conférence des Parties\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OPERATIVE = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+\\S", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTERED = Pattern.compile("^[-\\s]*([a-z]{1,4})\\)\\**\\s+\\S", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ROMAN = Pattern.compile("^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MARGIN_LABEL = Pattern.compile("^\\s*[Aa]l\\.\\s*(\\d{1,2})\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern OPERATIVE_LABEL = Pattern.compile("^\\d{1,2}\\.\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTER_LABEL = Pattern.compile("^-?\\s*[a-z]{1,4}\\)\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?:<sup>[^<]*</sup>|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079*\\s])+$");

    private final NodeCollector collector;
    private final boolean markdown;
    private final Work work;
    private final Integer session;
    private final String labelPrefix;
    private final List<String> pathPrefix;
    private final boolean decision;

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

    /**
     * @param labelPrefix the compendium's reference prefix ({@code V.}) or null for a stand-alone resolution
     * @param pathPrefix  the structure path above the resolution ({@code ["B", "V"]} in a compendium), or empty
     * @param decision    whether its paragraphs are lettered (decisions) rather than numbered (resolutions)
     */
    ResolutionBodyReader(NodeCollector collector, boolean markdown, Work work, Integer session, String labelPrefix,
                         List<String> pathPrefix, boolean decision) {
        this.collector = collector;
        this.markdown = markdown;
        this.work = work;
        this.session = session;
        this.labelPrefix = labelPrefix;
        this.pathPrefix = List.copyOf(pathPrefix);
        this.decision = decision;
        this.footnotes = new FootnoteBlock(collector, markdown);
    }

    void read(List<SourceLines.Line> lines) {
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
        if ((m = MARGIN_LABEL.matcher(s)).matches()) {
            // A compendium's "Al. 5" printed in the margin: the number, not text of any paragraph.
            single(SegmentKind.PAGE_FURNITURE, "al. " + m.group(1), line);
            return;
        }
        if (HEADING.matcher(s).matches()) {
            close();
            current = new OpenNode.SegmentDraft(labelPrefix == null ? SegmentKind.FRONT_MATTER : SegmentKind.HEADING,
                    HEADING.matcher(s).replaceAll("$2"), pathPrefix);
            add(line);
            close();
            return;
        }
        if (!openingSeen && OPENING.matcher(s).lookingAt()) {
            close();
            titleDone = true;
            openingSeen = true;
            current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "opening", pathPrefix);
            add(line);
            return;
        }
        if (!titleDone) {
            if (current == null) {
                current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "title", pathPrefix);
            }
            add(line);
            return;
        }
        if ((m = OPERATIVE.matcher(s)).lookingAt() && Integer.parseInt(m.group(1)) == nextOperative && !decision) {
            operative(line, m.group(1));
        } else if ((m = LETTERED.matcher(s)).lookingAt() && (top != null || decision)) {
            lettered(line, m.group(1));
        } else if (current != null && continues(line)) {
            add(line);
        } else if (top == null && !decision) {
            preambular(line);
        } else if (current != null) {
            add(line);
        } else {
            current = new OpenNode.SegmentDraft(SegmentKind.TEXT, "", pathPrefix);
            add(line);
        }
    }

    /** Whether a line carries on the open node rather than starting a new paragraph. */
    private boolean continues(SourceLines.Line line) {
        String s = line.stripped();
        int first = s.codePointAt(0);
        if (Character.isLowerCase(first) && !LETTERED.matcher(s).lookingAt()) {
            return true;
        }
        String last = TRAILING_MARKS.matcher(currentLastLine).replaceAll("");
        return !last.isEmpty() && ",;:.".indexOf(last.charAt(last.length() - 1)) < 0;
    }

    private void preambular(SourceLines.Line line) {
        close();
        preambular++;
        String number = Integer.toString(preambular);
        List<String> path = new ArrayList<>(pathPrefix);
        path.add("al. " + number);
        OpenNode.ProvisionDraft draft = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.PREAMBULAR, number)),
                ProvisionKind.PREAMBULAR, number, path, labelPrefix == null ? "" : labelPrefix + "al. " + number,
                null, null, session);
        draft.leadingVerb = LeadingVerbs.italicLead(line.text());
        current = draft;
        add(line);
    }

    private void operative(SourceLines.Line line, String number) {
        close();
        nextOperative++;
        List<String> path = new ArrayList<>(pathPrefix);
        path.add(number);
        top = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.OPERATIVE, number)), ProvisionKind.OPERATIVE, number, path,
                labelPrefix == null ? number + "." : labelPrefix + number, OPERATIVE_LABEL, null, session);
        top.leadingVerb = LeadingVerbs.italicLead(line.text());
        letter = null;
        lastSubLetter = "";
        current = top;
        add(line);
    }

    private void lettered(SourceLines.Line line, String label) {
        close();
        // "i)" after "h)" is the ninth letter; after any other letter it opens a roman list one level down.
        String expectedLetter = nextLetter(decision ? lastTopLetter : lastSubLetter);
        boolean roman = ROMAN.matcher(label).matches() && !label.equals(expectedLetter);
        if (decision && !roman) {
            lastTopLetter = label;
            List<String> path = new ArrayList<>(pathPrefix);
            path.add(label);
            top = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.OPERATIVE, label)), ProvisionKind.OPERATIVE, label, path,
                    labelPrefix == null ? label + ")" : labelPrefix + label, LETTER_LABEL, null, session);
            top.leadingVerb = LeadingVerbs.italicLead(line.text());
            letter = top;
            current = top;
        } else {
            OpenNode.ProvisionDraft parent = roman && letter != null ? letter : top;
            List<String> path = new ArrayList<>(parent.path);
            path.add(label);
            OpenNode.ProvisionDraft sub = new OpenNode.ProvisionDraft(parent.citation.child(label),
                    ProvisionKind.SUBPARAGRAPH, label, path, labelPrefix == null ? label + ")" : parent.label + "." + label,
                    LETTER_LABEL, null, session);
            if (!roman) {
                letter = sub;
                lastSubLetter = label;
            }
            current = sub;
        }
        add(line);
    }

    private static String nextLetter(String letter) {
        return letter.isEmpty() ? "a" : String.valueOf((char) (letter.charAt(0) + 1));
    }

    private void add(SourceLines.Line line) {
        current.addLine(line);
        currentLastLine = line.stripped();
    }

    private void single(SegmentKind kind, String label, SourceLines.Line line) {
        collector.addSegment(kind, label, List.of(), Spans.ofLine(line));
    }

    private void close() {
        if (current != null) {
            current.close(collector);
            current = null;
            currentLastLine = "";
        }
    }
}
