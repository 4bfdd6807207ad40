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

    @Test
    void aSessionReportWhoseReproducedResolutionDiffersFromItsOtherVersionsSaysSoAtIngest(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("reports"));
        Files.writeString(in.resolve("a-cop-report-en.txt"), LanguageFixtures.text("cop-report", Language.ENGLISH));
        // The French report without paragraph 3 of resolution 13/2's annex.
        String french = LanguageFixtures.text("cop-report", Language.FRENCH);
        int cut = french.indexOf("B. Réunion de 2028");
        Files.writeString(in.resolve("b-cop-report-fr.txt"), french.substring(0, cut) + french.substring(french.indexOf("B. Décisions")));
        Path data = tmp.resolve("data");

        CommandLineRun ingest = CommandLineRun.in(data, "ingest", in.toString());

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out()).containsPattern("(?m)^OK  b-cop-report-fr\\.txt  .*  warning: COP res\\. 13/2: structure differs "
                + "from the en version: 1 provision of en missing here \\(annex_1__para_3\\); 6 shared$");
        assertThat(ingest.out()).doesNotContain("COP res. 13/1: structure differs");
        assertThat(CommandLineRun.in(data, "versions", "COP res. 13/2").out().lines()).containsExactly(
                "en  a-cop-report-en.txt  7 provisions  (first stored)  (reproduced in CTOC/COP/2026/9)",
                "fr  b-cop-report-fr.txt  6 provisions  structure differs from the en version: 1 provision of en missing here "
                        + "(annex_1__para_3); 6 shared  (reproduced in CTOC/COP/2026/9)");
    }
}
