package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceText;
import org.compendium.model.Body;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceFormat;
import org.compendium.model.SourceSpan;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Grammars;
import org.compendium.parse.language.LanguageDetector;

/**
 * Reads the structure of one UN document: recognises its type and metadata, then its provisions and segments.
 * Thread-safe; holds no state between calls.
 */
public final class DocumentParser {
    private static final int OPENING_CHARS = 12_000;
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^#{1,6} |\\*\\*\\S|<sup>|^\\*\\p{L}|\\]\\(#?\\)|\\^\\{|(?<=[\\s(])\\*\\p{L}[^*\\n]{0,80}\\*(?=[\\s,.;:])");

    /**
     * Parses a source text in the language detected from its opening.
     *
     * @throws RejectedInputException when the text has no recognisable structure; never anything else for bad input
     */
    public ParsedDocument parse(SourceText source) throws RejectedInputException {
        return parse(source, null);
    }

    /**
     * Parses a source text.
     *
     * @param language the document's language when the caller knows it ({@code ingest --language}), or null to
     *                 detect it (script, then Lingua for Latin-script text)
     * @throws RejectedInputException when the text has no recognisable structure; never anything else for bad input
     */
    public ParsedDocument parse(SourceText source, Language language) throws RejectedInputException {
        String raw = source.text();
        boolean markdown = source.format() == SourceFormat.MARKDOWN || looksLikeMarkdown(raw);
        SourceLines lines = new SourceLines(raw);
        TextNormalizer normalizer = new TextNormalizer(Vocabulary.of(raw));
        // Type, body, dates and venue are read from the opening; the rest of the metadata from the nodes' texts, so
        // that the whole document is normalised once, node by node.
        String opening = normalizer.normalize(MappedText.of(raw, List.of(new SourceSpan(0, openingEnd(raw)))), markdown).text();
        if (opening.isBlank() && normalizer.normalize(MappedText.of(raw, List.of(new SourceSpan(0, raw.length()))), markdown).text().isBlank()) {
            throw new RejectedInputException(source.name(), "the text is empty once markup and whitespace are removed",
                    "Check that the file holds the document's text");
        }
        if (language == null) {
            language = LanguageDetector.standard().detect(opening);
        }
        Grammar grammar = Grammars.of(language);
        DocumentType type = DocumentClassifier.classify(raw, opening, grammar);
        DocumentMetadata metadata = MetadataReader.read(type, raw, opening, grammar, language);
        NodeCollector collector = new NodeCollector(lines, normalizer, markdown, grammar.leadingVerb());
        DocumentContext context = new DocumentContext(workOf(metadata, source.name()), metadata, markdown, grammar);
        readerFor(type).read(collector, context);
        if (collector.provisions().isEmpty()) {
            throw new RejectedInputException(source.name(), "no recognisable structure: found no recommendation, "
                    + "resolution or decision paragraph and no numbered report paragraph (read as " + type.code() + ")",
                    "Check that this is a UN report, resolution, decision or compendium, in one of the six UN languages (read as "
                            + language.code() + "), as text, Markdown, PDF or DOCX");
        }
        String text = collector.documentText();
        Integer meeting = metadata.meeting() != null || type != DocumentType.MEETING_REPORT ? metadata.meeting() : MetadataReader.meeting(text, grammar);
        List<Provision> provisions = withMeeting(collector.provisions(), meeting);
        List<String> unresolvedStates = new ArrayList<>();
        DocumentMetadata complete = new DocumentMetadata(metadata.type(), metadata.body(), meeting,
                metadata.session(), metadata.dates(), metadata.venue(), metadata.language(), metadata.symbol(),
                title(collector.segments()), metadata.resolutionNumber(), MetadataReader.mentionedSymbols(text),
                MetadataReader.mentionedResolutions(text, metadata.resolutionNumber(), grammar),
                type == DocumentType.MEETING_REPORT ? AgendaReader.read(provisions) : List.of(),
                type == DocumentType.MEETING_REPORT ? ParticipationReader.read(provisions, unresolvedStates) : List.of());
        return new ParsedDocument(source.name(), source.format(), source.sha256(), raw.length(), complete,
                provisions, collector.segments(), collector.coverage());
    }

    /** The end of the opening that type and dates are read from: about the first 12,000 characters, to a line end. */
    private static int openingEnd(String raw) {
        if (raw.length() <= OPENING_CHARS) {
            return raw.length();
        }
        int lineEnd = raw.indexOf('\n', OPENING_CHARS);
        return lineEnd < 0 ? raw.length() : lineEnd;
    }

    /** A meeting report's provisions carry its meeting number, which may be stated only near its end. */
    private static List<Provision> withMeeting(List<Provision> provisions, Integer meeting) {
        if (meeting == null) {
            return provisions;
        }
        return provisions.stream().map(p -> p.meeting() != null || p.session() != null ? p
                : new Provision(p.citation(), p.kind(), p.number(), p.path(), p.label(), p.text(), p.leadingVerb(),
                        p.spans(), meeting, null)).toList();
    }

    static boolean looksLikeMarkdown(String raw) {
        // The whole text: a compendium's Markdown (italic verbs, links) may start only after pages of plain prose.
        // Every sign starts with one of the characters below, so the pattern is tried only where one stands: the
        // same matches as find(), without running the alternation at every character of a long plain text.
        var m = MARKDOWN_SIGNS.matcher(raw).useTransparentBounds(true).useAnchoringBounds(false);
        int n = raw.length();
        int signs = 0;
        int i = 0;
        while (signs < 3 && i < n) {
            char c = raw.charAt(i);
            if ((c == '#' || c == '*' || c == '<' || c == ']' || c == '^') && m.region(i, n).lookingAt()) {
                signs++;
                i = m.end();
            } else {
                i++;
            }
        }
        return signs >= 3;
    }

    private static StructureReader readerFor(DocumentType type) {
        return switch (type) {
            case MEETING_REPORT, SECRETARIAT_REPORT, OTHER -> new ReportReader();
            case RESOLUTION, DECISION -> new ResolutionReader();
            case COMPENDIUM -> new CompendiumReader();
        };
    }

    /** The work part of the document's citations: a resolution's number, a report's body and year, or its symbol. */
    static String workOf(DocumentMetadata m, String sourceName) {
        if (m.resolutionNumber() != null) {
            return m.type() == DocumentType.DECISION
                    ? org.compendium.model.Citation.decisionWork(m.resolutionNumber())
                    : org.compendium.model.Citation.resolutionWork(m.resolutionNumber());
        }
        if (m.symbol() != null) {
            return m.symbol().value();
        }
        Body body = m.body() == null ? Body.COP : m.body();
        if (m.year() != null) {
            return body.symbolPrefix() + "/" + m.year();
        }
        String stem = sourceName.replaceAll("\\.[A-Za-z0-9]{1,8}$", "").replaceAll("[^A-Za-z0-9.\\-]+", "-");
        return (body.symbolPrefix() + "/" + stem).toUpperCase(java.util.Locale.ROOT);
    }

    private static String title(List<Segment> segments) {
        // A title block marked as such wins; otherwise the longest front matter: the subject, not the body's name.
        List<String> marked = segments.stream()
                .filter(s -> s.kind() == SegmentKind.FRONT_MATTER && s.label().equals("title") && s.path().isEmpty())
                .map(Segment::text).toList();
        String best = String.join(" ", marked);
        List<Segment> front = segments.stream().filter(s -> s.kind() == SegmentKind.FRONT_MATTER && s.path().isEmpty()).toList();
        for (int i = 1; i < front.size() && best.isEmpty(); i++) {
            // A Secretariat report's subject line stands just above "Rapport du Secrétariat" / "Note du Secrétariat".
            if (front.get(i).text().matches("(?i)(?:rapport|note) du secrétariat")) {
                best = front.get(i - 1).text();
            }
        }
        if (best.isEmpty()) {
            for (Segment s : segments) {
                if (s.kind() == SegmentKind.FRONT_MATTER && s.path().isEmpty() && s.text().length() > best.length()) {
                    best = s.text();
                }
            }
        }
        return best.length() > 300 ? best.substring(0, 300).strip() + "…" : best;
    }
}
