package org.compendium.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The equivalence harness ({@link ParseDump}) covers every seed and fixture and writes the same dump each run. */
class ParseDumpTest {
    @Test
    void dumpHasOneLinePerParseOfEverySeedAndFixtureAndIsTheSameTwice() {
        List<ParseDump.Input> inputs = ParseDump.inputs();
        assertEquals(5, inputs.stream().filter(i -> i.name().startsWith("seed/")).count(), "the five seeds");
        assertTrue(inputs.stream().filter(i -> i.name().startsWith("fixture/")).count() >= 40, "the fixtures' text files");
        int expected = inputs.stream().mapToInt(i -> ParseDump.variants(i).size()).sum() * 2;
        String first = dump();
        String[] lines = first.split("\n");
        assertEquals(expected, lines.length);
        for (String line : lines) {
            assertTrue(line.contains(" => ParsedDocument[") || line.contains(" !! "), line);
        }
        assertTrue(first.contains("seed/" + Corpus.RES_11_5 + "#whole.txt => ParsedDocument["));
        assertEquals(first, dump(), "the dump depends on nothing but the inputs");
    }

    private static String dump() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            ParseDump.write(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
