package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ingest} says of what it understood: a treaty by its type and articles, a text of no recognised type as
 * unstructured with the warning naming what was missing, and both coverage figures on every {@code OK} line and in
 * the JSON export.
 */
class IngestOutcomeLineTest {
    @TempDir
    Path tmp;

    @Test
    void aTreatyAndAnUnstructuredNoteAreStoredAndTheOkLinesSayWhatWasUnderstood() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path treatyFixture = Path.of("../compendium-core/src/test/resources/fixtures/treaty/en.txt");
        assertThat(treatyFixture).as("the core's treaty fixture, from the app module's folder").exists();
        Files.copy(treatyFixture, in.resolve("som-protocol-en.txt"));
        Files.writeString(in.resolve("notes.txt"), "Notes from the corridor\n\nBring the draft to the next meeting.\n");
        String data = tmp.resolve("data").toString();

        CommandLineRun run = CommandLineRun.of("--data", data, "ingest", in.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("(?m)^OK  notes\\.txt  other  .*  unstructured \\(0 provisions\\)  coverage 100\\.00% "
                + "\\(in provisions 0\\.00%, set aside 0\\.00%\\)  warning: type not recognised: found no resolution or decision heading");
        assertThat(run.out()).containsPattern("(?m)^OK  som-protocol-en\\.txt  treaty  .*  25 provisions \\(3 preambular paragraphs, "
                + "6 sub-paragraphs, 10 paragraphs, 6 articles\\)  ");
        assertThat(run.out()).containsPattern("(?m)^OK  som-protocol-en\\.txt  .*coverage 100\\.00% \\(in provisions 92\\.10%, set aside 7\\.90%\\)$");

        CommandLineRun export = CommandLineRun.of("--data", data, "export", "--format", "json");
        JsonNode docs = new ObjectMapper().readTree(export.out());
        JsonNode notes = docs.get(0).get("source").asText().equals("notes.txt") ? docs.get(0) : docs.get(1);
        JsonNode treaty = notes == docs.get(0) ? docs.get(1) : docs.get(0);
        assertThat(notes.get("structure").get("unstructured").asBoolean()).isTrue();
        assertThat(notes.get("warnings").get(0).asText()).startsWith("type not recognised");
        assertThat(notes.get("provisions")).isEmpty();
        assertThat(treaty.get("work").asText()).isEqualTo("SOM Protocol");
        assertThat(treaty.get("type").asText()).isEqualTo("treaty");
        assertThat(treaty.get("structure").get("unstructured").asBoolean()).isFalse();
        assertThat(treaty.get("structure").get("outside").asLong()).isZero();
        assertThat(treaty.get("warnings")).isEmpty();
        assertThat(treaty.get("provisions").get(13).get("eId").asText()).isEqualTo("art_6__para_1__subpara_a");
    }

    @Test
    void anotherLanguageVersionOfAStoredWorkIsAddedAndItsDifferencesInStructureReportedNeverMerged() throws IOException {
        Path fixtures = Path.of("../compendium-core/src/test/resources/fixtures/treaty");
        Path in = Files.createDirectories(tmp.resolve("versions"));
        Files.copy(fixtures.resolve("en.txt"), in.resolve("a-som-en.txt"));
        Files.copy(fixtures.resolve("fr.txt"), in.resolve("b-som-fr.txt"));
        // The Spanish version without paragraph 2 of article 1: a paragraph missing in one language.
        String spanish = Files.readString(fixtures.resolve("es.txt"));
        int cut = spanish.indexOf("2. Las disposiciones de la Convención");
        Files.writeString(in.resolve("c-som-es.txt"), spanish.substring(0, cut) + spanish.substring(spanish.indexOf("Artículo 2", cut)));
        String data = tmp.resolve("versions-data").toString();

        CommandLineRun run = CommandLineRun.of("--data", data, "ingest", in.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("(?m)^OK  b-som-fr\\.txt  treaty  .*\\)$");
        assertThat(run.out()).containsPattern("(?m)^OK  c-som-es\\.txt  treaty  .*  24 provisions .*  warning: structure differs "
                + "from the en version: 1 provision of en missing here \\(art_1__para_2\\); 24 shared  warning: structure "
                + "differs from the fr version: 1 provision of fr missing here \\(art_1__para_2\\); 24 shared$");
        assertThat(run.out()).contains("the store holds 3 documents");

        CommandLineRun versions = CommandLineRun.of("--data", data, "versions", "SOM Protocol");
        assertThat(versions.exitCode()).as(versions.toString()).isZero();
        assertThat(versions.out().lines().toList()).containsExactly(
                "en  a-som-en.txt  25 provisions  (first stored)",
                "fr  b-som-fr.txt  25 provisions  aligned one to one with the en version (25 provisions)",
                "es  c-som-es.txt  24 provisions  structure differs from the en version: 1 provision of en missing here (art_1__para_2); 24 shared");
        assertThat(CommandLineRun.of("--data", data, "versions", "som-protocol").out()).isEqualTo(versions.out());
        assertThat(CommandLineRun.of("--data", data, "versions", "TIP Protocol").exitCode()).isEqualTo(ExitCodes.PARTIAL);
    }
}
