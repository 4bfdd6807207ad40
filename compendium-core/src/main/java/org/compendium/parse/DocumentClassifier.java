package org.compendium.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.DocumentType;
import org.compendium.parse.grammar.Bylines;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.TreatyGrammar;

/**
 * Recognises the type of a UN document from the wording of its opening and its structure markers, in the words of
 * its language's grammar.
 */
final class DocumentClassifier {
    /**
     * A General Assembly or Economic and Social Council resolution's own symbol, printed at its top in every language:
     * {@code A/RES/80/123}, {@code E/RES/2030/19} alone on its line, or beside the Organization's name in the masthead.
     */
    static final Pattern UN_RESOLUTION_SYMBOL = Pattern.compile(LineRules.mastheadLine("(?:A/RES/\\d{1,3}/\\d{1,4}|E/RES/\\d{4}/\\d{1,3})"));

    private DocumentClassifier() {
    }

    /** Classifies from the raw source (markers such as headings) and its whole normalised text (wording). */
    static DocumentType classify(String raw, SourceLines lines, String normalized, Grammar grammar) {
        String opening = normalized.substring(0, Math.min(normalized.length(), 3000));
        String rawOpening = raw.substring(0, Math.min(raw.length(), 3000));
        Grammar.Wording wording = grammar.wording();
        if (FindGate.found(wording.compendium(), opening)) {
            return DocumentType.COMPENDIUM;
        }
        if (isSessionReport(raw, lines.lines(), grammar)) {
            return DocumentType.SESSION_REPORT;
        }
        if (isTreaty(raw, rawOpening, grammar) && !startsWithItsOwnOpening(rawOpening, grammar)) {
            // The Convention and its Protocols are printed as annexes of A/RES/55/25 and A/RES/55/255: an excerpt
            // taken from such an annex keeps the resolution's symbol as its running header, but it is the treaty.
            return DocumentType.TREATY;
        }
        if (anyLine(raw.substring(0, Math.min(raw.length(), 600)), UN_RESOLUTION_SYMBOL)
                || anyLine(rawOpening, grammar.resolution().resolutionHeading())) {
            return DocumentType.RESOLUTION;
        }
        if (anyLine(rawOpening, grammar.resolution().decisionHeading())) {
            return DocumentType.DECISION;
        }
        DocumentType draft = draftType(rawOpening, grammar);
        if (draft != null) {
            return draft;
        }
        if (isTreaty(raw, rawOpening, grammar)) {
            return DocumentType.TREATY;
        }
        if (FindGate.found(wording.secretariat(), opening) || rawOpening.lines().anyMatch(Bylines::isByline)) {
            // A paper's byline stands on its own line under its subject ("Background paper prepared by the
            // Secretariat"); in a report's running text the same words name the documents it had before it.
            return DocumentType.SECRETARIAT_REPORT;
        }
        if (FindGate.found(wording.meetingReport(), normalized) || anyLine(raw, grammar.report().recommendation())) {
            return DocumentType.MEETING_REPORT;
        }
        return DocumentType.OTHER;
    }

    /**
     * A COP session report reproduces the resolutions and decisions of the session, each under its heading: two of
     * them, or one that the report's own text comes before (a stand-alone resolution starts with its heading).
     */
    private static boolean isSessionReport(String raw, List<SourceLines.Line> lines, Grammar grammar) {
        if (!raw.contains("/")) {
            return false;
        }
        List<InstrumentBlocks.Block> blocks = InstrumentBlocks.find(lines, grammar);
        if (blocks.size() >= 2) {
            return true;
        }
        if (blocks.size() == 1) {
            Pattern paragraph = grammar.report().paragraph();
            return lines.subList(0, blocks.getFirst().start()).stream().anyMatch(l -> paragraph.matcher(l.text()).lookingAt());
        }
        return false;
    }

    /**
     * A draft under negotiation ({@code CTOC/COP/2026/L.4}) has no heading with a number yet: the line presenting it,
     * {@code Argentina, Canada and Mexico: draft resolution}, says whether a resolution or a decision is proposed.
     */
    private static DocumentType draftType(String rawOpening, Grammar grammar) {
        Matcher m = firstLineHolding(rawOpening, grammar.resolution().draft(), grammar.resolution().draftWord());
        if (m == null) {
            return null;
        }
        // A report's numbered paragraph above it (1. The Commission … recommends … the following draft resolution:)
        // makes it a draft the report reproduces (Draft resolution I, II …), not the draft document itself; read as
        // one draft, the report's later paragraphs became its operative paragraphs.
        Pattern paragraph = grammar.report().paragraph();
        if (rawOpening.substring(0, m.regionStart()).lines().anyMatch(l -> paragraph.matcher(l).lookingAt())) {
            return null;
        }
        return m.group("decision") == null ? DocumentType.RESOLUTION : DocumentType.DECISION;
    }

    /** A treaty names its instrument in its first lines and heads its articles {@code Article 1}, {@code 第一条}. */
    private static boolean isTreaty(String raw, String rawOpening, Grammar grammar) {
        TreatyGrammar treaty = TreatyGrammar.of(grammar.language());
        return TreatyReader.instrument(raw, treaty) != null && anyLine(rawOpening, treaty.articleHeading());
    }

    /** Whether a line of the opening names the adopting body ({@code The General Assembly,}): a resolution's text. */
    private static boolean startsWithItsOwnOpening(String rawOpening, Grammar grammar) {
        Pattern opening = grammar.resolution().opening();
        return rawOpening.lines().anyMatch(l -> opening.matcher(l).lookingAt());
    }

    /** Whether some line of {@code text} matches {@code linePattern} whole. */
    static boolean anyLine(String text, Pattern linePattern) {
        return firstLine(text, linePattern) != null;
    }

    /**
     * {@link #firstLine} for a pattern every match of which holds {@code word} (in the pattern's case rules): only the
     * lines holding an occurrence of the word, found by {@link FindGate}, are tried, in order.
     */
    private static Matcher firstLineHolding(String text, Pattern linePattern, String word) {
        Pattern literal = FindGate.literal(word, linePattern);
        FindGate words = FindGate.of(literal);
        Matcher occurrence = literal.matcher(text);
        Matcher m = linePattern.matcher(text);
        int n = text.length();
        int tried = -1;
        for (int at = words.find(occurrence, text, 0); at >= 0; at = words.find(occurrence, text, at + 1)) {
            int start = text.lastIndexOf('\n', at - 1) + 1;
            if (start <= tried) {
                continue;
            }
            tried = start;
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = n;
            }
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (m.region(start, lineEnd).matches()) {
                return m;
            }
        }
        return null;
    }

    /** The matcher on the first line of {@code text} that {@code linePattern} matches whole, or null when none does. */
    private static Matcher firstLine(String text, Pattern linePattern) {
        Matcher m = linePattern.matcher(text);
        // Most lines cannot begin a match: the gate tells so without running the pattern (over a whole report's lines).
        LineGate gate = LineGate.of(linePattern);
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (lineEnd > start && gate.admits(text, start, lineEnd) && m.region(start, lineEnd).matches()) {
                return m;
            }
            start = end + 1;
        }
        return null;
    }
}
