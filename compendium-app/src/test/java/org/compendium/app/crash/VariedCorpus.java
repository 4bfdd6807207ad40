package org.compendium.app.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;

/**
 * A folder of many distinct documents made from the seeds by a small deterministic change: copy {@code i} of a seed
 * ends its last line with {@code " Exemplaire <letters of i>."}, so every file has its own name, text and SHA-256
 * while it parses into the same provisions as its seed. Written to a temporary folder, never beside the seeds.
 */
final class VariedCorpus {
    private VariedCorpus() {
    }

    /** The seed corpus the build points at ({@code compendium.corpus}), else {@code ../shared/corpus/fr}. */
    static Path seeds() {
        String configured = System.getProperty("compendium.corpus");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus", "fr");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the seed corpus " + dir.toAbsolutePath() + " is missing");
        }
        return dir;
    }

    /**
     * Writes {@code count} copies, cycling through the seeds in name order, into {@code folder}.
     *
     * @return each file name with the number of provisions its seed parses into, in file order
     */
    static Map<String, Integer> write(Path seeds, Path folder, int count) throws IOException, RejectedInputException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        SourceReader reader = new SourceReader();
        DocumentParser parser = new DocumentParser();
        Map<Path, Integer> provisions = new LinkedHashMap<>();
        for (Path f : files) {
            provisions.put(f, parser.parse(reader.read(f)).provisions().size());
        }
        Files.createDirectories(folder);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Path seed = files.get(i % files.size());
            String text = Files.readString(seed, StandardCharsets.UTF_8).stripTrailing() + " Exemplaire " + letters(i) + ".\n";
            String name = String.format(java.util.Locale.ROOT, "v%03d_%s", i, seed.getFileName());
            Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
            out.put(name, provisions.get(seed));
        }
        return out;
    }

    /** 0 → a, 25 → z, 26 → aa: a number written without digits, which no parser reads as a paragraph number. */
    static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        for (int n = i + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
