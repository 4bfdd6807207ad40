package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.compendium.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * A node inside the opening is sliced from the opening's normalised text ({@link TextNormalizer#normalizedOpening})
 * only when the slice is the node's own normalised text: compared, node by node, with a normaliser that has no
 * opening to slice, on random texts and spans and on the edges where a slice would differ.
 */
class OpeningSlicesTest {
    /** Words, split words the text also writes whole, punctuation stray spaces go before, blanks, Chinese, Markdown. */
    private static final String[] PIECES = {
            "services", "servic", "es", "coopé", "ration", "coopération", "d", "onnées", "données", "la", "de", "États",
            "Unis", "l’", "d’", "合作", "会议", "年", "月", "2022", "8", "(a)", "1.", "»", ")",
            " ", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\u00A0", "\u202F", "\n\u00A0", "-", " -", "-Unis",
            "’", "'", " ’", ",", " ,", ".", " .", " .\n",
            "*", "**", "# ", "## ", "> ", "- ", "\\", "\\*", "_", "__", "\n- ", "\n# ", "\n> ", "\n   ", "\n\t", "  \n  "};
    /** What makes the opening's scan delete more than blanks and markup, or give up: then no node is sliced. */
    private static final String[] DEBRIS = {"<sup>3</sup>", "\u00B2", "^{er}", "[lien](http://x)", "-\n", "[a](b)"};

    @Test
    void aNodeSlicedFromTheOpeningHasTheTextItWouldHaveOnItsOwn() {
        Random random = new Random(20261204);
        int sliced = 0;
        int slicedOfSeveralSpans = 0;
        int nodes = 0;
        for (int document = 0; document < 3000; document++) {
            String source = randomText(random, 4 + random.nextInt(80), random.nextInt(4) == 0);
            boolean markdown = random.nextInt(3) == 0;
            int end = random.nextBoolean() ? source.length() : lineEndAtOrAfter(source, random.nextInt(source.length() + 1));
            Vocabulary vocabulary = Vocabulary.of(source);
            TextNormalizer slicing = new TextNormalizer(vocabulary);
            TextNormalizer own = new TextNormalizer(vocabulary);
            assertThat(slicing.normalizedOpening(source, end, markdown))
                    .isEqualTo(own.normalizedText(source, List.of(new SourceSpan(0, end)), markdown));
            for (int node = 0; node < 20; node++) {
                List<SourceSpan> spans = random.nextInt(3) == 0 ? lineSpans(random, source, end) : List.of(randomSpan(random, source, end));
                String where = "source " + escape(source) + " opening end " + end + " spans " + spans + " markdown " + markdown;
                int before = slicing.slicedNodes();
                assertThat(slicing.normalizedText(source, spans, markdown)).as(where)
                        .isEqualTo(own.normalizedText(source, spans, markdown));
                nodes++;
                slicedOfSeveralSpans += spans.size() > 1 && slicing.slicedNodes() > before ? 1 : 0;
            }
            sliced += slicing.slicedNodes();
        }
        // Not a comparison of the normaliser with itself: most nodes were sliced.
        assertThat(sliced).isGreaterThan(nodes / 3);
        assertThat(slicedOfSeveralSpans).isGreaterThan(500);
    }

    @Test
    void nodesWhoseEdgesTheOpeningReadsAcrossAreNormalisedOnTheirOwn() {
        // Each source holds a node (between the brackets' places) whose slice of the opening would differ from its own
        // text: a split word joined across its start or end, a stray space judged by what follows its last character,
        // a Chinese line break that joins it to the next line, Markdown read in another state at its edges.
        String[][] cases = {
                {"voir les servic", "es offerts", "\n"},      // join across the start: "servic|es" → "services"
                {"les servic", "es offerts et servic", "es"}, // the node ends inside a word the opening joins
                {"le texte", " ’examiner", "\n"},            // fine: a space before the node
                {"Vienne ", ",", " et Paris"},               // the comma's stray space is before the node
                {"France", " ,", "\u00A0\nsuite"},           // the space before the comma: stray at the node's end only
                {"la d", " ’", "examiner"},                  // an apostrophe whose follower lies past the node
                {"会议", "合作\n", "会议"},                    // a Chinese line break joins the node to the next line
                {"texte \\", "*gras*", " suite"},            // an escaped marker before the node
                {"texte _", "_gras__", " suite"},            // an underscore pair cut at the node's start
                {"un mot ", "# titre", "\nsuite"},           // a hash inside a line, first in the node
                {"texte", " - point", " suite"},             // a dash after spaces, first in the node
                {"\n", "texte \\", "*suite"},                 // a backslash last in the node escapes what follows
                {"\n", "texte -", " suite"},                  // a dash last in the node
                {"\n", "texte _", "_suite"},                  // an underscore last in the node
        };
        int sliced = 0;
        for (boolean markdown : new boolean[] {false, true}) {
            for (String[] c : cases) {
                String source = c[0] + c[1] + c[2] + "\n données servic es coopération";
                SourceSpan span = new SourceSpan(c[0].length(), c[0].length() + c[1].length());
                Vocabulary vocabulary = Vocabulary.of(source);
                TextNormalizer slicing = new TextNormalizer(vocabulary);
                slicing.normalizedOpening(source, source.length(), markdown);
                String where = "source " + escape(source) + " span " + span + " markdown " + markdown;
                assertThat(slicing.normalizedText(source, List.of(span), markdown)).as(where)
                        .isEqualTo(new TextNormalizer(vocabulary).normalizedText(source, List.of(span), markdown));
                sliced += slicing.slicedNodes();
            }
        }
        // Some of these edges are safe to slice, most are not: both ways are taken.
        assertThat(sliced).isBetween(1, 27);
    }

    @Test
    void noNodeIsSlicedFromAnOpeningWhoseScanDeletedMarkupItsNodesMayStraddle() {
        // The link's target is deleted by the opening's scan; a node starting inside it would keep what the opening
        // deleted. The whole opening is then left unsliced.
        String source = "voir [le texte](http://example.org/x) de la résolution\n";
        TextNormalizer slicing = new TextNormalizer(Vocabulary.of(source));
        slicing.normalizedOpening(source, source.length(), false);
        int inTarget = source.indexOf("example");
        SourceSpan span = new SourceSpan(inTarget, source.length() - 1);
        assertThat(slicing.normalizedText(source, List.of(span), false)).isEqualTo("example.org/x) de la résolution");
        assertThat(slicing.slicedNodes()).isZero();
    }

    private static String randomText(Random random, int pieces, boolean debris) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(debris && random.nextInt(12) == 0 ? DEBRIS[random.nextInt(DEBRIS.length)] : PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static int lineEndAtOrAfter(String s, int from) {
        int at = s.indexOf('\n', from);
        return at < 0 ? s.length() : at;
    }

    /** A span inside {@code [0, end)}: from line start to line end as readers cut paragraphs, or anywhere. */
    private static SourceSpan randomSpan(Random random, String source, int end) {
        if (end == 0) {
            return new SourceSpan(0, 0);
        }
        int a = random.nextInt(end);
        int b = a + random.nextInt(end - a + 1);
        if (random.nextBoolean()) {
            a = a == 0 ? 0 : source.lastIndexOf('\n', a - 1) + 1;
            b = Math.min(end, lineEndAtOrAfter(source, b));
        }
        return new SourceSpan(a, b);
    }

    /**
     * The lines of a few consecutive lines of {@code [0, end)}, one span each, without their leading blanks (or with
     * them), as the readers cut an indented paragraph: the gaps between them hold a line break and the indentation.
     */
    private static List<SourceSpan> lineSpans(Random random, String source, int end) {
        List<SourceSpan> spans = new java.util.ArrayList<>();
        int at = end == 0 ? 0 : source.lastIndexOf('\n', random.nextInt(end)) + 1;
        for (int lines = 1 + random.nextInt(4); lines > 0 && at < end; lines--) {
            int lineEnd = Math.min(end, lineEndAtOrAfter(source, at));
            int start = at;
            while (random.nextInt(4) > 0 && start < lineEnd && (source.charAt(start) == ' ' || source.charAt(start) == '\t')) {
                start++;
            }
            int stop = random.nextInt(5) == 0 ? start + random.nextInt(lineEnd - start + 1) : lineEnd;
            spans.add(new SourceSpan(start, stop));
            at = lineEnd + 1;
        }
        return spans.isEmpty() ? List.of(new SourceSpan(0, 0)) : spans;
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u00A0", "\\u00A0");
    }
}
