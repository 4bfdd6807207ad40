package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The links commands on the seed corpus: {@code draft} (standard input or a file), {@code references}, {@code mandates}. */
class LinksCommandTest {
    /** COP res. 11/5 op. 16's opening words with «réaliser» changed to «conduire» (written here, not read from the seed). */
    private static final String DRAFT = "Prie l'Office des Nations Unies contre la drogue et le crime, en consultation avec "
            + "les États et sous réserve de la disponibilité de ressources extrabudgétaires, de conduire une étude sur les "
            + "effets des campagnes de prévention et de sensibilisation destinées à lutter contre la traite des personnes";

    @TempDir
    static Path data;

    @BeforeAll
    static void ingest() {
        assertThat(CommandLineRun.in(data, "ingest", CommandLineTest.corpus().toString()).exitCode()).isZero();
    }

    private static CommandLineRun withStdin(String text, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return CommandLineRun.in(data, args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aDraftOnStandardInputFindsTheResolutionItRewordsWithTheChangeMarked() {
        CommandLineRun r = withStdin(DRAFT, "draft", "--limit", "2");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("[1] COP res. 11/5 op. 16  (operative, COP, session 11, verb prie)  alignment 0.")
                .contains("«réaliser» → «conduire»")
                .contains("de [-réaliser-] {+conduire+} une étude")
                .contains("2 provisions close to the draft");
    }

    @Test
    void jsonHasTheApiShape() throws IOException {
        Path file = Files.writeString(data.resolve("draft.txt"), DRAFT);
        CommandLineRun r = CommandLineRun.in(data, "draft", "--file", file.toString(), "--json", "--limit", "1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"citation\" : \"COP res. 11/5 op. 16\"")
                .contains("\"op\" : \"deleted\",\n      \"text\" : \"réaliser\"")
                .contains("\"op\" : \"inserted\",\n      \"text\" : \"conduire\"")
                .contains("\"verb\" : \"prie\"");
    }

    @Test
    void anEmptyDraftOrAMissingFileIsAUsageErrorSayingWhatToDo() {
        CommandLineRun empty = withStdin("  \n", "draft");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("the draft is empty: paste the paragraph");
        CommandLineRun missing = CommandLineRun.in(data, "draft", "--file", data.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no file").contains("nope.txt");
    }

    @Test
    void referencesListsEachTypedAndResolvedOrNot() {
        CommandLineRun r = CommandLineRun.in(data, "references", "COP res. 11/5 pp. 5");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("COP res. 11/5 pp. 5  (001_090ff68e230a68d6.txt)")
                .containsPattern("cop-resolution +COP res. 5/2 +«5/2 du 22 octobre 2010»  unresolved")
                .containsPattern("cop-decision +COP dec. 3/3 +«3/3 du 18 octobre 2006»  → stored")
                .contains("4 references, 1 resolved");
        CommandLineRun json = CommandLineRun.in(data, "references", "COP res. 6/3 pp. 2", "--json");
        assertThat(json.out()).contains("\"type\" : \"cop-resolution\"").contains("\"storedWork\" : \"COP res. 5/3\"");
        assertThat(CommandLineRun.in(data, "references", "COP res. 99/9 op. 1").exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(CommandLineRun.in(data, "references", "not a citation").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void mandatesListsEachTaskWithItsStatusAndEvalPrintsTheFigures() {
        CommandLineRun r = CommandLineRun.in(data, "mandates", "--resolution", "11/5");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("COP res. 11/5 op. 16  unodc  requests («prie»)  reported-not-done")
                .contains("COP res. 11/5 op. 9  unodc  requests («demande»)")
                .contains("8 mandates of COP res. 11/5, 4 reported on");
        CommandLineRun eval = CommandLineRun.in(data, "mandates", "eval");
        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        assertThat(eval.out()).contains("mandates: found 8, correct 8: precision 1.0000 recall 1.0000")
                .contains("links:    found 4, correct 4: precision 1.0000 recall 0.5000");
        assertThat(CommandLineRun.in(data, "mandates").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CommandLineRun.in(data, "mandates", "--resolution", "eleven").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CommandLineRun.in(data, "mandates", "--resolution", "9/9").exitCode()).isEqualTo(ExitCodes.PARTIAL);
    }
}
