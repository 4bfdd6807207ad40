package org.compendium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The equivalence harness ({@link ParseDump}) covers every seed and fixture, and a parse's line depends on nothing else. */
class ParseDumpTest {
    @Test
    void dumpHasOneLinePerParseOfEverySeedAndFixtureAndALineDependsOnlyOnItsInput() {
        List<ParseDump.Input> inputs = ParseDump.inputs();
        assertEquals(5, inputs.stream().filter(i -> i.name().startsWith("seed/")).count(), "the five seeds");
        assertTrue(inputs.stream().filter(i -> i.name().startsWith("fixture/")).count() >= 40, "the fixtures' text files");
        int expected = inputs.stream().mapToInt(i -> ParseDump.variants(i).size()).sum() * 2;
        String first = dump(inputs);
        String[] lines = first.split("\n");
        assertEquals(expected, lines.length);
        for (String line : lines) {
            assertTrue(line.contains(" => ParsedDocument[") || line.contains(" !! "), line);
            // Every variant either parses or is refused with a reason; none crashes the parser (before: the compendium
            // seed's raw extraction, a lettered line after a meeting heading, and a mutation, letters in a decision's
            // annex before its first paragraph, threw).
            assertTrue(!line.contains(" !! CRASH "), line.substring(0, Math.min(line.length(), 300)));
        }
        assertTrue(first.contains("seed/" + Corpus.RES_11_5 + "#whole.txt => ParsedDocument["));
        // Parsed again in another order, a seed and a fixture give the same lines: nothing carries over between parses.
        List<ParseDump.Input> again = List.of(inputs.get(inputs.size() - 1), inputs.get(1));
        String second = dump(again);
        for (String line : second.split("\n")) {
            assertTrue(first.contains(line + "\n"), line.substring(0, Math.min(line.length(), 200)));
        }
    }

    private static String dump(List<ParseDump.Input> inputs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            ParseDump.write(out, inputs);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
