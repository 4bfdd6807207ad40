package org.compendium.bench;

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
 * A folder of many distinct documents made from the seeds by small deterministic changes. The store refuses two
 * documents of one work and language, so copy {@code k} of a seed gets an identity of its own where the seed states
 * it: a meeting report meets for the {@code (10 + k)}th time, the resolution is numbered {@code 11/(6 + k)}, the
 * compendium is published in {@code 1950 + k}, and the Secretariat report gets the symbol
 * {@code CTOC/COP/2024/(100 + k)} from the folder's {@code compendium-metadata.csv}; and every copy ends its last line
 * with {@code " Exemplaire <letters>."}. Each file then has its own name, text, SHA-256 and work, and parses into as
 * many provisions as its seed. Written to a temporary folder, never beside the seeds. Used by the crash tests and by
 * {@code LineageIngestBenchmark} (lineage at volume: every provision a copy of dozens of others).
 */
public final class VariedCorpus {
    private VariedCorpus() {
    }

    /** The seed corpus the build points at ({@code compendium.corpus}), else {@code ../shared/corpus/fr}. */
    public static Path seeds() {
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
    public static Map<String, Integer> write(Path seeds, Path folder, int count) throws IOException, RejectedInputException {
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
        StringBuilder sidecar = new StringBuilder("file,symbol,title\n");
        for (int i = 0; i < count; i++) {
            Path seed = files.get(i % files.size());
            int k = i / files.size();
            String name = String.format(java.util.Locale.ROOT, "v%03d_%s", i, seed.getFileName());
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String varied = text
                    .replaceAll("(neuvième|huitième) réunion", ordinal(10 + k) + " réunion")
                    .replace("Résolution 11/5", "Résolution 11/" + (6 + k))
                    .replace("drogue et le crime, 2021.", "drogue et le crime, " + (1950 + k) + ".");
            if (varied.equals(text)) {
                sidecar.append(name).append(",CTOC/COP/2024/").append(100 + k).append(",\n");
            }
            Files.writeString(folder.resolve(name), varied.stripTrailing() + " Exemplaire " + letters(i) + ".\n",
                    StandardCharsets.UTF_8);
            out.put(name, provisions.get(seed));
        }
        Files.writeString(folder.resolve("compendium-metadata.csv"), sidecar, StandardCharsets.UTF_8);
        return out;
    }

    private static final String[] UNITS = {"", "unième", "deuxième", "troisième", "quatrième", "cinquième", "sixième",
        "septième", "huitième", "neuvième"};
    private static final String[] TEENS = {"dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième",
        "seizième", "dix-septième", "dix-huitième", "dix-neuvième"};
    private static final String[] TENS = {"", "", "vingt", "trente", "quarante", "cinquante"};

    /** The French ordinal of {@code n}, 10 to 59: {@code dixième}, {@code vingt et unième}, {@code quarante-deuxième}. */
    static String ordinal(int n) {
        if (n < 20) {
            return TEENS[n - 10];
        }
        String tens = TENS[n / 10];
        int unit = n % 10;
        return unit == 0 ? tens.substring(0, tens.length() - (tens.endsWith("e") ? 1 : 0)) + "ième"
                : unit == 1 ? tens + " et unième" : tens + "-" + UNITS[unit];
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
