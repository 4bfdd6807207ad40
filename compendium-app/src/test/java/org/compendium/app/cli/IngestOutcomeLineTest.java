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
}
