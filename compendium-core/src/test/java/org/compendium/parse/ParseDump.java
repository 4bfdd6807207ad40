package org.compendium.parse;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceText;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;

/**
 * The equivalence harness of the parser's speed work: parses every seed and every fixture file, as text and as
 * Markdown, whole, halved, its last two thirds, as a raw PDF extraction (when its language is known) and under six seeded mutations, and
 * writes every {@link ParsedDocument} in full (metadata, work, each provision's citation, eId, text, leading verb and
 * spans, each segment, both coverage figures, warnings; or the rejection) one line each, so that two builds' dumps
 * can be compared byte for byte. A change meant to make the parser faster must leave the dump unchanged.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:DEPS org.compendium.parse.ParseDump OUT_FILE}
 * (from compendium-core; the seeds are found as the golden tests find them). {@link ParseDumpTest} checks that the
 * dump covers what it says and is the same from one run to the next.
 */
public final class ParseDump {
    /** How many seeded mutations of each input are parsed. */
    static final int MUTATIONS = 6;

    private ParseDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ParseDump OUT_FILE");
            System.exit(2);
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false, StandardCharsets.UTF_8)) {
            int parses = write(out);
            System.out.println(parses + " parses written to " + args[0]);
        }
    }

    /** Writes the dump of every input and variant to {@code out}; returns the number of parses. */
    static int write(PrintStream out) {
        DocumentParser parser = new DocumentParser();
        int parses = 0;
        for (Input input : inputs()) {
            for (SourceFormat format : List.of(SourceFormat.TEXT, SourceFormat.MARKDOWN)) {
                for (Variant v : variants(input)) {
                    String name = input.name() + "#" + v.name() + "." + (format == SourceFormat.MARKDOWN ? "md" : "txt");
                    SourceText source = LanguageFixtures.source(name, v.text());
                    source = new SourceText(name, format, source.text(), source.sha256(), source.byteLength());
                    out.print(name);
                    try {
                        ParsedDocument doc = parser.parse(source);
                        out.print(" => ");
                        out.println(doc);
                    } catch (RejectedInputException e) {
                        out.print(" !! ");
                        out.println(e.getMessage());
                    } catch (RuntimeException e) {
                        // A crash is recorded too, not hidden: the dump compares behaviour, whatever it is.
                        out.print(" !! CRASH ");
                        out.println(e);
                    }
                    parses++;
                }
            }
        }
        return parses;
    }

    /** One file read whole, and the language it is written in when known (for its raw-extraction variant). */
    record Input(String name, String text, Language language) {
    }

    record Variant(String name, String text) {
    }

    /** The seeds, then every text file of the fixtures, in name order. */
    static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        try {
            for (Path p : sorted(Corpus.dir())) {
                inputs.add(new Input("seed/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8), Language.FRENCH));
            }
            Path fixtures = Path.of(ParseDump.class.getResource("/fixtures").toURI());
            try (Stream<Path> files = Files.walk(fixtures)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String code = p.getFileName().toString().replaceAll("^.*?([a-z]{2})\\.txt$", "$1");
                    Language language = LanguageFixtures.languages().stream().filter(l -> l.code().equals(code)).findFirst()
                            .orElse(null);
                    inputs.add(new Input("fixture/" + fixtures.relativize(p), Files.readString(p, StandardCharsets.UTF_8), language));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return inputs;
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
    }

    static List<Variant> variants(Input input) {
        String t = input.text();
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("whole", t));
        out.add(new Variant("half", t.substring(0, t.length() / 2)));
        out.add(new Variant("last-two-thirds", t.substring(t.length() / 3)));
        if (input.language() != null) {
            out.add(new Variant("raw-extraction", RawExtraction.of(t, input.language(), "CTOC/COP/2024/L.1")));
        }
        for (int seed = 1; seed <= MUTATIONS; seed++) {
            out.add(new Variant("mutation-" + seed, Mutations.mutate(t, new Random(seed * 7919L + t.length()))));
        }
        return out;
    }
}
