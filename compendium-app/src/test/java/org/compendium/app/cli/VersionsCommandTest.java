package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.model.Language;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compendium versions WORK} for works stored only inside other documents: the resolutions and decisions a COP
 * session report reproduces (fixture {@code cop-report/}, six languages) have their six versions, each lined up with
 * the first stored and naming the report that holds it.
 */
class VersionsCommandTest {
    @Test
    void aResolutionReproducedInSixSessionReportsHasSixVersionsEachNamingItsReport(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("reports"));
        for (Language language : LanguageFixtures.languages()) {
            Files.writeString(in.resolve("cop-report-" + language.code() + ".txt"), LanguageFixtures.text("cop-report", language));
        }
        Path data = tmp.resolve("data");
        CommandLineRun ingest = CommandLineRun.in(data, "ingest", in.toString());
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();

        // Resolution 13/2: a preambular paragraph, three operative ones and the three paragraphs of its annex.
        CommandLineRun versions = CommandLineRun.in(data, "versions", "COP res. 13/2");
        assertThat(versions.exitCode()).as(versions.toString()).isZero();
        List<String> lines = versions.out().lines().toList();
        // Ingest reads a folder in file-name order: the versions come in the order of their language codes.
        List<Language> languages = LanguageFixtures.languages().stream().sorted(java.util.Comparator.comparing(Language::code)).toList();
        assertThat(lines).hasSize(languages.size());
        String first = languages.getFirst().code();
        assertThat(lines.getFirst()).isEqualTo(first + "  cop-report-" + first + ".txt  7 provisions  (first stored)"
                + "  (reproduced in CTOC/COP/2026/9)");
        for (int i = 1; i < languages.size(); i++) {
            String code = languages.get(i).code();
            assertThat(lines.get(i)).isEqualTo(code + "  cop-report-" + code + ".txt  7 provisions  aligned one to one with the "
                    + first + " version (7 provisions)  (reproduced in CTOC/COP/2026/9)");
        }
        assertThat(CommandLineRun.in(data, "versions", "cop-res-13-2").out()).isEqualTo(versions.out());

        // A decision of one paragraph: one provision in each version.
        assertThat(CommandLineRun.in(data, "versions", "COP dec. 13/2").out().lines())
                .hasSize(languages.size()).allMatch(l -> l.contains("  1 provision  "));
        // The report itself is a work of its own documents, listed as before.
        assertThat(CommandLineRun.in(data, "versions", "CTOC/COP/2026/9").out().lines())
                .hasSize(languages.size()).noneMatch(l -> l.contains("reproduced in"));
        // A work neither stored nor reproduced is still not found.
        assertThat(CommandLineRun.in(data, "versions", "COP res. 13/9").exitCode()).isEqualTo(ExitCodes.PARTIAL);
    }
}
