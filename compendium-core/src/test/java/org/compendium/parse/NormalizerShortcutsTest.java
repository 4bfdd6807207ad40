package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.model.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's shortcuts for nodes cut from the counted source (one copy when no early pass has work, words looked
 * up where they stand in the source) give the text and offsets of the long way, on random texts and spans.
 */
class NormalizerShortcutsTest {
    /** Pieces the random texts are made of: words, fragments, PDF and Markdown debris, blanks of every kind. */
    private static final String[] PIECES = {
            "services", "servic", "es", "d", "onnées", "données", "la", "de", "coopé", "ration", "coopération", "États",
            "Unis", "государства", "участники", "государств", "членов", "合作", "会议", "ΣΟΦΙΑ", "İstanbul", "l’", "d’",
            " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u202F", "-", "-\n", "- \n", " -", "’", "'", ",", " ,",
            ".", " .", "»", ")", "1", "12", "<sup>3</sup>", "\u00B2", "^{er}", "[lien](http://x)", "*", "**", "# ", "\\*",
            "__", "\f", "8", "年", "月",
            // Debris around links, tags and superscripts, which the one-pass scan deletes itself.
            "[", "]", "(", ")", "](#)", "[76/7](#)", "<", "<sup>", "</sup>", "<sup>1</sup>\n", "\u2074", "\u00B9\n", "[a-](x)",
            "-<sup>2</sup>", "[ ](y)", "-\u00B3 \n", "<b>", "[x](y z)", " ^{}", "\t^{e r}", "^{ ^{x}", "^{a-}", "^{[a](b)}",
            "    ^{er}", "^{", "}", "^", " \u00B9 ^{e}", "^{1234567}",
            "[a](b", "[c](d\u00B2)", "[e<sup>1</sup>](f)"};

    @Test
    void aNodeOfTheCountedSourceNormalisesAsTheSameTextCutOnItsOwn() {
        Random random = new Random(20261201);
        int shortcutsTaken = 0;
        for (int round = 0; round < 3000; round++) {
            String source = randomText(random, 1 + random.nextInt(120));
            List<SourceSpan> spans = randomSpans(random, source.length());
            boolean markdown = random.nextInt(4) == 0;
            MappedText shortcut = assertShortcutIsTheLongWay(source, spans, markdown,
                    "source " + escape(source) + " spans " + spans + " markdown " + markdown);
            shortcutsTaken += shortcut.source() == source ? 1 : 0;
        }
        // Not a comparison of the long way with itself: most of the texts went the short way.
        assertThat(shortcutsTaken).isGreaterThan(1000);
    }

    @Test
    void theTextOfNodesNormalisedOneAfterAnotherInReusedArraysIsTheirNormalisedText() {
        // One normaliser serves a whole document, its arrays reused from node to node: what a longer node left in
        // them must never show in a shorter one's text.
        Random random = new Random(20261205);
        for (int document = 0; document < 200; document++) {
            String source = randomText(random, 40 + random.nextInt(200));
            TextNormalizer normalizer = new TextNormalizer(Vocabulary.of(source));
            boolean markdown = random.nextInt(3) == 0;
            for (int node = 0; node < 30; node++) {
                List<SourceSpan> spans = randomSpans(random, source.length());
                String text = normalizer.normalizedText(source, spans, markdown);
                assertThat(text).as("source " + escape(source) + " spans " + spans)
                        .isEqualTo(normalizer.normalize(source, spans, markdown).text());
            }
        }
    }

    /** Words that extraction splits and the document also writes whole, so that joins are decided on every line. */
    private static final String[] SPLIT_WORDS = {"servic", "es", "services", "coopé", "ration", "coopération", "d",
            "onnées", "données", "la", "de", " ", " ", "  ", "\n", "-", "’", ","};

    @Test
    void spansCuttingWordsAnywhereNormaliseAsTheSameTextCutOnItsOwn() {
        // Spans that start and end inside words, with gaps of a character or two: a word counted in the source that
        // runs past its span's end must not be stepped over whole (NormalizerShortcutsTest's other case rarely cuts so).
        Random random = new Random(20261204);
        int joined = 0;
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 4 + random.nextInt(30); i < n; i++) {
                sb.append(SPLIT_WORDS[random.nextInt(SPLIT_WORDS.length)]).append(random.nextBoolean() ? " " : "");
            }
            String source = sb.toString();
            List<SourceSpan> spans = new ArrayList<>();
            int at = random.nextInt(3);
            while (at < source.length()) {
                int end = Math.min(source.length(), at + 1 + random.nextInt(12));
                spans.add(new SourceSpan(at, end));
                at = end + random.nextInt(3);
            }
            MappedText normalized = assertShortcutIsTheLongWay(source, spans, false, "source " + escape(source) + " spans " + spans);
            joined += normalized.length() < TextNormalizer.collapseWhitespace(MappedText.of(source, spans)).length() ? 1 : 0;
        }
        // Joins were decided: the texts are not compared only where nothing changes.
        assertThat(joined).isGreaterThan(500);
    }

    @Test
    void wordsThatNeighbourOnlyInTheNodeAreJudgedThere() {
        // The vocabulary judges each pair of neighbouring source words once; a node whose neighbouring words are not
        // such a pair — two words that markup deleted between them brought together, words a link's target parted,
        // words of two spans with a letter between them in the source, a word a span cuts — is judged word by word,
        // and its split word is joined as the long way joins it (here every one of them is).
        record Node(String source, List<SourceSpan> spans, boolean markdown) {
        }
        String tail = " coopération services";
        List<Node> nodes = List.of(
                new Node("coo*pé* ration" + tail, null, true),
                new Node("[servic](x) es" + tail, null, false),
                new Node("servic xx es" + tail, List.of(new SourceSpan(0, 6), new SourceSpan(10, 12 + tail.length())), false),
                new Node("xservic es" + tail, List.of(new SourceSpan(1, 10 + tail.length())), false));
        for (Node node : nodes) {
            List<SourceSpan> spans = node.spans() != null ? node.spans() : List.of(new SourceSpan(0, node.source().length()));
            MappedText normalized = assertShortcutIsTheLongWay(node.source(), spans, node.markdown(), escape(node.source()));
            assertThat(normalized.text()).as(escape(node.source())).isIn("coopération" + tail, "services" + tail);
        }
    }

    @Test
    void linksCaretsTagsAndSuperscriptsNextToEachOtherNormaliseAsTheLongWay() {
        // What the early passes delete changes what the link and hyphen patterns see after them: a caret's blanks at
        // the end of a link's target, a tag or superscript inside a link, a hyphen before what goes.
        String[] sources = {"voir [a](b ^{er}) fin", "voir [a](b\t^{e}) fin", "voir [a](b   ^{}) fin", "[lien](x \u00B9) et",
                "[a](b<sup>1</sup>) c", "[a\u00B9](b) c", "x [a](b) ^{er} y", "x [a](b)^{er}", "[a-](b)\nc", "a-<sup>2</sup>\nb",
                "a-\u00B2\nb", "a- ^{}\nb", "[a](b", "[a]( b)", "1 ^{er} [janvier](x) 2", "^{[a](b)}", "^{a-}\nb"};
        for (String source : sources) {
            for (boolean markdown : new boolean[] {false, true}) {
                assertShortcutIsTheLongWay(source, List.of(new SourceSpan(0, source.length())), markdown,
                        escape(source) + " markdown " + markdown);
            }
        }
    }

    /**
     * Normalises the spans of {@code source} the short way (the source and its spans) and the long way — the same
     * characters and offsets in a text that does not say which source it is from, so that no pass can take a shortcut
     * through the vocabulary's offsets — asserts both give the same text and offsets, and returns the short way's.
     */
    private static MappedText assertShortcutIsTheLongWay(String source, List<SourceSpan> spans, boolean markdown, String where) {
        TextNormalizer normalizer = new TextNormalizer(Vocabulary.of(source));
        MappedText shortcut = normalizer.normalize(source, spans, markdown);
        MappedText cut = MappedText.of(source, spans);
        int[] offsets = new int[cut.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = cut.sourceOffset(i);
        }
        MappedText longWay = normalizer.normalize(new MappedText(cut.text(), offsets), markdown);
        assertThat(shortcut.text()).as(where).isEqualTo(longWay.text());
        for (int i = 0; i < longWay.length(); i++) {
            assertThat(shortcut.sourceOffset(i)).as(where + " offset " + i).isEqualTo(longWay.sourceOffset(i));
        }
        return shortcut;
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** One to four spans in source order, some empty, some touching, as readers cut lines and parts of lines. */
    private static List<SourceSpan> randomSpans(Random random, int length) {
        List<SourceSpan> spans = new ArrayList<>();
        int at = 0;
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count && at <= length; k++) {
            int start = at + random.nextInt(Math.max(1, (length - at) / 3 + 1));
            start = Math.min(start, length);
            int end = start + random.nextInt(length - start + 1);
            spans.add(new SourceSpan(start, end));
            at = end;
        }
        return spans;
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\f", "\\f");
    }
}
