package org.compendium.parse.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the rule of package-info.java: this package imports only java.* and org.compendium.model. */
class PackageImportsTest {
    private static final Pattern ALLOWED =
            Pattern.compile("import (static )?(java\\.|org\\.compendium\\.model\\.|org\\.compendium\\.parse\\.french\\.).*");

    @Test
    void sourcesImportOnlyJavaAndTheModel() throws IOException {
        Path dir = Path.of("src/main/java/org/compendium/parse/french");
        assertThat(dir).isDirectory();
        List<String> bad;
        try (Stream<Path> files = Files.list(dir)) {
            bad = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream()
                            .map(String::strip)
                            .filter(l -> l.startsWith("import "))
                            .filter(l -> !ALLOWED.matcher(l).matches())
                            .map(l -> f.getFileName() + ": " + l))
                    .toList();
        }
        assertThat(bad).isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
