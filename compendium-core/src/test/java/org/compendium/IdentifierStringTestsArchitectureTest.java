package org.compendium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The meaning of an identifier is read from its type, never re-derived by string tests: no production source of any
 * module tests a citation's or work's text ({@code work().startsWith("COP ")}) — a switch over the sealed
 * {@code Work} does it, exhaustively.
 */
class IdentifierStringTestsArchitectureTest {
    /** A string test on a citation, a work, or a citation's text, or on the "COP " prefix of a work's name. */
    private static final Pattern STRING_TEST = Pattern.compile(
            "(?:\\bwork\\(\\)|\\bcitation\\(\\)(?:\\.toString\\(\\))?|\\bwork\\(\\)\\.toString\\(\\))\\s*\\.\\s*(?:startsWith|endsWith|contains|substring|indexOf|lastIndexOf|matches|split)\\("
                    + "|startsWith\\(\"COP[ .]");

    @Test
    void noModuleTestsTheTextOfACitationOrWork() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("compendium-")).toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                        for (int i = 0; i < lines.size(); i++) {
                            Matcher m = STRING_TEST.matcher(lines.get(i));
                            if (m.find()) {
                                offenders.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                            }
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("string tests of identifiers; switch over the Work type instead").isEmpty();
        assertThat(STRING_TEST.matcher("if (l.citation().work().startsWith(\"COP \")) {").find()).isTrue();
    }
}
