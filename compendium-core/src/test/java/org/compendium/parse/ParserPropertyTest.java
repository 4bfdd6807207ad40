package org.compendium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceText;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SourceFormat;
import org.compendium.model.SourceSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link DocumentParser} over seeded random documents: it returns or rejects but never breaks, what it
 * returns covers every non-whitespace character exactly once, spans stay inside the source and in order, citations
 * round-trip, and a generated document yields exactly the paragraphs and recommendations it was built with; mutated
 * versions of the six-language fixtures (clean and raw PDF extraction) hold to the same properties.
 *
 * <p>Every failure names its generator and seed; {@code new Random(seed)} rebuilds the same input.
 */
class ParserPropertyTest {
    private static final DocumentParser PARSER = new DocumentParser();
    private static final String WG4 = Corpus.text(Corpus.WG4_2019).text();
    private static final String WG7 = Corpus.text(Corpus.WG7_2021).text();

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedPdfReportParsesCompletelyWithItsParagraphsAndRecommendations(long seed) {
        checkGenerated("pdf-text", seed, SyntheticReports.pdfText(new Random(seed)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedMarkdownReportParsesCompletelyWithItsParagraphsAndRecommendations(long seed) {
        checkGenerated("markdown", seed, SyntheticReports.markdown(new Random(seed)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedPdfReportWithNoBreakSpacesParsesWithItsParagraphsAndRecommendations(long seed) {
        checkGenerated("pdf-text-nbsp", seed,
                SyntheticReports.pdfText(new Random(seed), SyntheticReports.Variant.NO_BREAK_SPACES));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedMarkdownReportWithBoldLabelsParsesWithItsRecommendations(long seed) {
        checkGenerated("markdown-bold", seed, SyntheticReports.markdown(new Random(seed), SyntheticReports.Variant.BOLD_LABELS));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedWg4ReportParsesCompletelyOrIsRejected(long seed) {
        String text = Mutations.mutate(WG4, new Random(seed));
        parseAndCheck("mutated-000", seed, source("mutated-000-" + seed + ".txt", SourceFormat.TEXT, text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedWg7ReportParsesCompletelyOrIsRejected(long seed) {
        String text = Mutations.mutate(WG7, new Random(seed));
        parseAndCheck("mutated-003", seed, source("mutated-003-" + seed + ".txt", SourceFormat.TEXT, text));
    }

    static Stream<Arguments> multilingualSeeds() {
        return LanguageFixtures.KINDS.stream().flatMap(k -> LanguageFixtures.languages().stream()
                .flatMap(l -> LongStream.range(0, 25).mapToObj(seed -> Arguments.of(k, l, seed))));
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("multilingualSeeds")
    void mutatedFixtureInAnyOfTheSixLanguagesParsesCompletelyOrIsRejected(String kind, Language language, long seed) {
        String clean = LanguageFixtures.text(kind, language);
        // Clean text on even seeds, its raw PDF extraction on odd ones: both shapes must survive mutation.
        String text = seed % 2 == 0 ? clean : RawExtraction.of(clean, language, "CTOC/COP/WG.4/2025/5");
        String generator = "mutated-" + kind + "-" + language.code();
        parseAndCheck(generator, seed, source(generator + "-" + seed + ".txt", SourceFormat.TEXT,
                Mutations.mutate(text, new Random(seed))));
    }

    private static void checkGenerated(String generator, long seed, SyntheticReports.Generated g) {
        // Markdown is sometimes declared, sometimes left to the parser's detection; both must read the same.
        SourceFormat format = g.markdown() && seed % 2 == 0 ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
        String where = where(generator, seed);
        ParsedDocument doc = parseAndCheck(generator, seed, source(generator + "-" + seed + ".txt", format, g.text()))
                .orElseGet(() -> fail(where + ": a well-formed generated report was rejected"));
        assertEquals(g.paragraphs(), doc.provisions(ProvisionKind.PARAGRAPH).size(), where + ": numbered paragraphs");
        assertEquals(g.recommendations(), doc.provisions(ProvisionKind.RECOMMENDATION).size(), where + ": recommendations");
    }

    /** Parses and checks the properties every outcome must have; empty when the input was rejected. */
    private static Optional<ParsedDocument> parseAndCheck(String generator, long seed, SourceText source) {
        String where = where(generator, seed);
        ParsedDocument doc;
        try {
            doc = PARSER.parse(source);
        } catch (RejectedInputException e) {
            assertTrue(e.getMessage().contains(source.name()), where + ": the rejection must name the file: " + e.getMessage());
            return Optional.empty();
        } catch (Throwable t) {
            return fail(where + ": threw " + t, t);
        }
        String text = source.text();
        assertEquals(text.length(), doc.sourceLength(), where + ": source length");
        for (Provision p : doc.provisions()) {
            checkSpans(where + " " + p.citation(), p.spans(), text.length());
            Citation again = Citation.parse(p.citation().toString());
            assertEquals(p.citation(), again, where + ": citation '" + p.citation() + "' does not round-trip");
        }
        for (Segment s : doc.segments()) {
            checkSpans(where + " segment " + s.kind(), s.spans(), text.length());
        }
        List<String> problems = coverageProblems(text, doc);
        assertTrue(doc.coverage().complete() && problems.isEmpty(), where + ": coverage " + doc.coverage().describe()
                + "; " + String.join("; ", problems));
        return Optional.of(doc);
    }

    private static void checkSpans(String where, List<SourceSpan> spans, int length) {
        int previousEnd = 0;
        for (SourceSpan s : spans) {
            assertTrue(s.end() <= length, where + ": span " + s + " past the end of the source (" + length + ")");
            assertTrue(s.start() >= previousEnd, where + ": span " + s + " starts before the previous one ends (" + previousEnd + ")");
            previousEnd = s.end();
        }
    }

    /**
     * Recomputes coverage from the nodes' spans, independently of the parser's own count, and describes each run of
     * characters that no node or several nodes claim.
     */
    private static List<String> coverageProblems(String text, ParsedDocument doc) {
        int[] owners = new int[text.length()];
        List<List<SourceSpan>> all = new ArrayList<>();
        doc.provisions().forEach(p -> all.add(p.spans()));
        doc.segments().forEach(s -> all.add(s.spans()));
        for (List<SourceSpan> spans : all) {
            for (SourceSpan s : spans) {
                for (int i = s.start(); i < Math.min(s.end(), owners.length); i++) {
                    owners[i]++;
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int i = 0;
        while (i < owners.length && problems.size() < 8) {
            char c = text.charAt(i);
            boolean whitespace = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (whitespace || owners[i] == 1) {
                i++;
                continue;
            }
            int count = owners[i];
            int j = i;
            while (j < owners.length && owners[j] == count) {
                j++;
            }
            problems.add((count == 0 ? "unassigned " : "claimed " + count + " times ") + i + "-" + j + " '" + escape(text, i, j) + "'");
            i = j;
        }
        return problems;
    }

    private static String escape(String text, int start, int end) {
        String s = text.substring(start, Math.min(end, start + 80));
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static SourceText source(String name, SourceFormat format, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new SourceText(name, format, text, "0".repeat(64), bytes.length);
    }

    private static String where(String generator, long seed) {
        return "generator " + generator + ", seed " + seed;
    }
}
