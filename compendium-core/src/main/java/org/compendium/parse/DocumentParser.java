package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceText;
import org.compendium.model.BodyCoverage;
import org.compendium.model.Citation;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.SourceFormat;
import org.compendium.model.SourceSpan;
import org.compendium.model.TreatyInstrument;
import org.compendium.model.Work;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Grammars;
import org.compendium.parse.grammar.TreatyGrammar;
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
        boolean markdown = source.format() == SourceFormat.MARKDOWN || looksLikeMarkdown(source.text());
        // Same length as the source: offsets into it are offsets into the source.
        String raw = markdown ? MarkdownView.of(source.text()) : source.text();
        SourceLines lines = new SourceLines(raw);
        TextNormalizer normalizer = new TextNormalizer(Vocabulary.of(raw));
        // Type, body, dates and venue are read from the opening; the rest of the metadata from the nodes' texts, so
        // that the whole document is normalised once, node by node. The opening is kept with its offsets: most nodes
        // inside it are sliced from it rather than normalised a second time.
        String opening = normalizer.normalizedOpening(raw, openingEnd(raw), markdown);
        if (opening.isBlank() && normalizer.normalize(MappedText.of(raw, List.of(new SourceSpan(0, raw.length()))), markdown).text().isBlank()) {
            throw new RejectedInputException(source.name(), "the text is empty once markup and whitespace are removed",
                    "Check that the file holds the document's text");
        }
        if (language == null) {
            language = LanguageDetector.standard().detect(opening);
        }
        Grammar grammar = Grammars.of(language);
        DocumentType type = DocumentClassifier.classify(raw, lines, opening, grammar);
        // Read once: the metadata leaves such a document without a body or number, and an unidentified work warns by it.
        boolean otherOrgan = (type == DocumentType.RESOLUTION || type == DocumentType.DECISION)
                && MetadataReader.opensForOtherOrgan(raw, grammar);
        DocumentMetadata metadata = MetadataReader.read(type, raw, opening, grammar, language, otherOrgan);
        NodeCollector collector = new NodeCollector(lines, normalizer, markdown, grammar.leadingVerb());
        Work provisional = workOf(metadata, raw, opening, source.name());
        DocumentContext context = new DocumentContext(provisional, metadata, markdown, grammar);
        List<String> warnings = new ArrayList<>(source.notes());
        if (type == DocumentType.OTHER) {
            warnings.add(Outcomes.typeNotRecognised(language));
            new UnstructuredReader().read(collector, context);
        } else {
            readerFor(type).read(collector, context);
            if (collector.provisions().isEmpty()) {
                // Read again from scratch as plain text: what the reader half-recognised must not stay half-cut.
                warnings.add(Outcomes.structureNotRecognised(type, language));
                collector = new NodeCollector(lines, normalizer, markdown, grammar.leadingVerb());
                new UnstructuredReader().read(collector, context);
            }
        }
        if (collector.provisions().isEmpty() && collector.segments().stream().noneMatch(s -> s.text().codePoints().anyMatch(Character::isLetterOrDigit))) {
            throw new RejectedInputException(source.name(), "the text holds no words once markup and whitespace are removed",
                    "Check that the file holds the document's text");
        }
        NodeCollector.Measures measures = collector.measure();
        BodyCoverage body = measures.body();
        if (!collector.provisions().isEmpty() && body.largelyOutsideProvisions()) {
            warnings.add(Outcomes.largelyOutside(body));
        }
        if (!collector.provisions().isEmpty() && body.mostlySetAside()) {
            warnings.add(Outcomes.mostlySetAside(body));
        }
        String text = collector.documentText();
        Integer meeting = metadata.meeting() != null || type != DocumentType.MEETING_REPORT ? metadata.meeting() : MetadataReader.meeting(text, grammar);
        List<String> unresolvedStates = new ArrayList<>();
        // The readers set the symbol's running header apart as furniture; a report's symbol is not kept as an
        // instrument's taken out of it (before, resolution 15/3 out of CTOC/COP/2030/15 was stored under that symbol,
        // so that the report's symbol led to the resolution).
        boolean reproduced = MetadataReader.symbolIsOfReproducingDocument(metadata, raw, grammar);
        DocumentMetadata complete = new DocumentMetadata(metadata.type(), metadata.body(), meeting,
                metadata.session(), metadata.dates(), metadata.venue(), metadata.language(), reproduced ? null : metadata.symbol(),
                DocumentTitles.of(collector.segments(), type), metadata.resolutionNumber(), MetadataReader.mentionedSymbols(text),
                MetadataReader.mentionedResolutions(text, metadata.resolutionNumber(), grammar),
                type == DocumentType.MEETING_REPORT ? AgendaReader.read(collector.provisions()) : List.of(),
                type == DocumentType.MEETING_REPORT ? ParticipationReader.read(collector.provisions(), unresolvedStates) : List.of());
        // A meeting report may state its meeting only near its end: its work is then known only now.
        Work work = workOf(complete, raw, opening, source.name());
        if (work instanceof Work.Unidentified && !collector.provisions().isEmpty() && otherOrgan) {
            warnings.add(Outcomes.notIdentified(type, work.toString()));
        }
        if (reproduced) {
            warnings.add(Outcomes.symbolOfReproducingDocument(type, metadata.symbol().value(), work.toString()));
        }
        List<Provision> provisions = withWork(collector.provisions(), provisional, work, meeting);
        return new ParsedDocument(source.name(), source.format(), source.sha256(), raw.length(), complete, work,
                provisions, collector.segments(), measures.coverage(), body, warnings);
    }

    /** The end of the opening that type and dates are read from: about the first 12,000 characters, to a line end. */
    private static int openingEnd(String raw) {
        if (raw.length() <= OPENING_CHARS) {
            return raw.length();
        }
        int lineEnd = raw.indexOf('\n', OPENING_CHARS);
        return lineEnd < 0 ? raw.length() : lineEnd;
    }

    /**
     * The provisions read under the provisional work, cited by the final one, and carrying the meeting number a
     * meeting report may state only near its end.
     */
    private static List<Provision> withWork(List<Provision> provisions, Work provisional, Work work, Integer meeting) {
        if (meeting == null && provisional.equals(work)) {
            return provisions;
        }
        return provisions.stream().map(p -> {
            boolean own = p.citation().work().equals(provisional);
            boolean needsMeeting = meeting != null && p.meeting() == null && p.session() == null;
            if (!own && !needsMeeting) {
                return p;
            }
            return new Provision(own ? Citation.of(work, p.eId()) : p.citation(), p.kind(), p.number(), p.path(), p.label(),
                    p.text(), p.leadingVerb(), p.spans(), needsMeeting ? meeting : p.meeting(), needsMeeting ? null : p.session());
        }).toList();
    }

    static boolean looksLikeMarkdown(String raw) {
        // The whole text: a compendium's Markdown (italic verbs, links) may start only after pages of plain prose.
        // Every sign starts with one of the characters below, so the pattern is tried only where one stands: the
        // same matches as find(), without running the alternation at every character of a long plain text.
        var m = MARKDOWN_SIGNS.matcher(raw).useTransparentBounds(true).useAnchoringBounds(false);
        int n = raw.length();
        int signs = 0;
        MarkdownView.Openings openings = new MarkdownView.Openings(raw, "#*<]^");
        int i = openings.next(0);
        while (signs < 3 && i < n) {
            if (m.region(i, n).lookingAt()) {
                signs++;
                i = openings.next(Math.max(m.end(), i + 1));
            } else {
                i = openings.next(i + 1);
            }
        }
        return signs >= 3;
    }

    private static StructureReader readerFor(DocumentType type) {
        return switch (type) {
            case MEETING_REPORT, SECRETARIAT_REPORT, OTHER -> new ReportReader();
            case RESOLUTION, DECISION -> new ResolutionReader();
            case COMPENDIUM -> new CompendiumReader();
            case TREATY -> new TreatyReader();
            case SESSION_REPORT -> new SessionReportReader();
        };
    }

    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("©[^\\n]{0,160}?\\b((?:19|20)\\d{2})\\b");

    /**
     * The year of the first copyright line ({@link #COPYRIGHT_YEAR}), or null. Every match opens with the sign, so the
     * pattern is tried only where one stands: the same match as {@code find()}, without running it at every character.
     */
    private static Integer copyrightYear(String raw) {
        Matcher year = COPYRIGHT_YEAR.matcher(raw);
        for (int at = raw.indexOf('©'); at >= 0; at = raw.indexOf('©', at + 1)) {
            if (year.region(at, raw.length()).lookingAt()) {
                return Integer.parseInt(year.group(1));
            }
        }
        return null;
    }

    /**
     * The work the document's provisions are cited by: a resolution's or decision's number, a meeting report's body
     * and meeting, a Secretariat report's symbol (or session and date of issue), a compendium's body and year, a symbol
     * printed on the document; else the document is unidentified and named after its file (never a made-up symbol).
     */
    static Work workOf(DocumentMetadata m, String raw, String opening, String sourceName) {
        if (m.type() == DocumentType.TREATY) {
            TreatyInstrument instrument = TreatyReader.instrument(raw, TreatyGrammar.of(m.language()));
            if (instrument != null) {
                return new Work.Treaty(instrument);
            }
        }
        if (m.resolutionNumber() != null) {
            return Work.CopInstrument.of(m.type() == DocumentType.DECISION ? Work.InstrumentKind.DECISION
                    : Work.InstrumentKind.RESOLUTION, m.resolutionNumber());
        }
        switch (m.type()) {
            case MEETING_REPORT -> {
                if (m.body() != null && m.meeting() != null) {
                    return new Work.MeetingReport(m.body(), m.meeting());
                }
            }
            case SECRETARIAT_REPORT -> {
                if (m.symbol() == null && m.body() != null && m.session() != null) {
                    return new Work.SecretariatReport(m.body(), m.session(), MetadataReader.issued(opening, m.language()));
                }
            }
            case COMPENDIUM -> {
                Integer year = m.body() == null ? null : copyrightYear(raw);
                if (year != null) {
                    return new Work.CompendiumEdition(m.body(), year);
                }
            }
            default -> {
            }
        }
        if (m.symbol() != null) {
            return Work.ofSymbol(m.symbol());
        }
        return Work.Unidentified.ofFile(sourceName);
    }
}
