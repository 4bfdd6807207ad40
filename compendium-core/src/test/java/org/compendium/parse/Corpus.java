package org.compendium.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.compendium.ingest.SourceText;
import org.compendium.model.SourceFormat;

/** Access to the real seed corpus beside the checkout (../shared/corpus/fr), for golden tests. */
public final class Corpus {
    public static final String WG4_2019 = "000_84732732ac127982.txt";
    public static final String RES_11_5 = "001_090ff68e230a68d6.txt";
    public static final String COMPENDIUM_2021 = "002_878720af131edfbf.txt";
    public static final String WG7_2021 = "003_b17467f420381ed3.txt";
    public static final String SECRETARIAT_2024 = "004_85cbd8f73376d340.txt";

    private Corpus() {
    }

    public static Path dir() {
        String configured = System.getProperty("compendium.corpus");
        // The property is right when Maven runs from the reactor root; the fallbacks cover a module-only run.
        for (Path p : new Path[] {configured == null ? null : Path.of(configured), Path.of("..", "..", "shared", "corpus", "fr"),
                Path.of("..", "shared", "corpus", "fr")}) {
            if (p != null && Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return Path.of("..", "..", "shared", "corpus", "fr").toAbsolutePath().normalize();
    }

    /** The texts of the seeds and of every fixture file (text and Markdown), in path order: what the gate tests read. */
    public static java.util.List<String> seedAndFixtureTexts() throws IOException {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (Path root : java.util.List.of(dir(), Path.of("src/test/resources/fixtures"))) {
            try (java.util.stream.Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }

    public static SourceText text(String name) {
        try {
            byte[] bytes = Files.readAllBytes(file(name));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new SourceText(name, SourceFormat.TEXT, new String(bytes, StandardCharsets.UTF_8), sha, bytes.length);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read corpus file " + name + " from " + dir()
                    + "; the tests expect ../shared/corpus/fr beside the checkout", e);
        }
    }
}
