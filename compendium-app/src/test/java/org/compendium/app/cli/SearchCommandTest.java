package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, similar and index rebuild through the wired command line, on the seed corpus. */
class SearchCommandTest {
    @TempDir
    static Path data;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.in(data, args);
    }

    @BeforeAll
    static void ingest() {
        CommandLineRun r = run("ingest", CommandLineTest.corpus().toString());
        assertThat(r.out()).contains("indexed 5 documents (643 provisions); the search index holds 643 provisions");
    }

    @Test
    void searchPrintsHitsWithMarkedMatchesAndFacets() {
        CommandLineRun r = run("search", "\"voies de migration régulière\"", "--limit", "1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("[1] CTOC/COP/WG.7 meeting 8 rec. 5  (recommendation, WG.7, meeting 8, 2021)")
                .contains("de véritables «voies de migration régulière».")
                .contains("6 provisions match; showing 1–1")
                .contains("  body: WG.7 5 · COP 1")
                .doesNotContain("\u001B[");
    }

    @Test
    void filtersAndJson() throws Exception {
        CommandLineRun r = run("search", "victimes", "--filter", "body=WG.4", "--json", "--limit", "0");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        // 33 since #10 session 5 (31): WG.4 meeting 9 rec. 17's items a) and b) name victims and are provisions.
        assertThat(r.out()).contains("\"total\" : 33");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        com.fasterxml.jackson.databind.JsonNode body = java.util.stream.StreamSupport.stream(json.get("facets").spliterator(), false)
                .filter(f -> f.get("field").asText().equals("body")).findFirst().orElseThrow();
        // Drill-sideways: the body facet counts without its own filter, so the other bodies stay listed, unselected.
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> values = new java.util.LinkedHashMap<>();
        body.get("values").forEach(v -> values.put(v.get("value").asText(), v));
        assertThat(values.get("WG.4").get("count").asLong()).isEqualTo(33);
        assertThat(values.get("WG.4").get("selected").asBoolean()).isTrue();
        assertThat(values.get("WG.7").get("count").asLong()).isPositive();
        assertThat(values.get("WG.7").get("selected").asBoolean()).isFalse();
    }

    @Test
    void aMalformedQueryIsAUsageErrorWithAdvice() {
        CommandLineRun r = run("search", "\"unclosed");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("a quotation mark is not closed").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("search", "x", "--filter", "nope").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void similarPutsTheResolutionFirst() {
        CommandLineRun r = run("similar", "CTOC/COP/WG.7 meeting 1 rec. 20", "--limit", "3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("[1] COP res. 6/3 op. 3").contains("3 provisions like CTOC/COP/WG.7 meeting 1 rec. 20");
        assertThat(run("similar", "COP res. 99/9 op. 1").exitCode()).isEqualTo(ExitCodes.PARTIAL);
    }

    @Test
    void rebuildCountsAndProgress() {
        CommandLineRun r = run("index", "rebuild");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("indexed 5 documents, 643 provisions in").contains("the search index holds 643 provisions");
        assertThat(r.err()).contains("[5/5] 004_85cbd8f73376d340.txt  91 provisions");
    }

    @Test
    void anUnstructuredDocumentIsFoundAfterTheProvisionsWithoutACitation(@TempDir Path sources, @TempDir Path ownData)
            throws Exception {
        java.nio.file.Files.writeString(sources.resolve("note-verbale.txt"), "Note verbale\n\nLa Mission permanente a "
                + "l'honneur de transmettre sa contribution sur les réseaux de passeurs opérant en haute mer.\n");
        CommandLineRun ingest = CommandLineRun.in(ownData, "ingest", sources.toString());
        assertThat(ingest.out()).as(ingest.toString()).contains("the search index holds 0 provisions");
        CommandLineRun r = CommandLineRun.in(ownData, "search", "passeurs haute mer");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("0 provisions match")
                .contains("Also in 1 unstructured document (no provisions, so no citation):")
                .contains("  doc:note-verbale  fr  note-verbale.txt  ")
                .contains("réseaux de passeurs opérant en haute mer");
        assertThat(CommandLineRun.in(ownData, "search", "passeurs haute mer", "--filter", "body=WG.4").out())
                .doesNotContain("unstructured");
    }

    @Test
    void searchWithoutAnIndexSaysHowToBuildIt(@TempDir Path empty) {
        CommandLineRun r = CommandLineRun.of("--data", empty.toString(), "search", "migrants");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.STORE);
        assertThat(r.err()).contains("compendium index rebuild");
    }
}
