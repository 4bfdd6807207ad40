package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands run in-process against a temporary data folder, on the real seed corpus ({@code compendium.corpus},
 * set by the parent pom).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineTest {
    static final String WG4_2019 = "000_84732732ac127982.txt";
    static final String RES_11_5 = "001_090ff68e230a68d6.txt";
    static final String COMPENDIUM_2021 = "002_878720af131edfbf.txt";
    static final String WG7_2021 = "003_b17467f420381ed3.txt";
    static final String SECRETARIAT_2024 = "004_85cbd8f73376d340.txt";
    static final List<String> ALL_SEEDS = List.of(WG4_2019, RES_11_5, COMPENDIUM_2021, WG7_2021, SECRETARIAT_2024);

    /** One folder for the whole class: the seeds are ingested once, the other tests use sub-folders. */
    Path tmp;
    String data;
    CommandLineRun seeds;

    @BeforeAll
    void ingestTheSeeds(@TempDir Path dir) {
        tmp = dir;
        data = tmp.resolve("data").toString();
        seeds = CommandLineRun.of("--data", data, "ingest", corpus().toString());
    }

    @Test
    void ingestingTheSeedsPrintsOneSummaryLinePerStoredDocument() {
        for (String seed : ALL_SEEDS) {
            assertThat(seeds.out()).as(seeds.toString()).containsPattern("(?m)^OK  " + seed + "  ");
        }
        assertThat(seeds.out()).contains("OK  " + WG7_2021 + "  meeting-report  WG.7  meeting 8  2021-10-14..2021-10-15  ")
                .contains("OK  " + RES_11_5 + "  resolution  COP  session 11  ");
        assertThat(seeds.out()).containsPattern("(?m)^OK  " + WG7_2021 + ".*  \\d+ provisions \\(\\d+ recommendations, \\d+ sub-paragraphs, \\d+ paragraphs\\)  coverage \\d+\\.\\d\\d%");
        assertThat(seeds.err()).contains("[1/5] " + WG4_2019).contains("[5/5] " + SECRETARIAT_2024);
    }

    @Test
    void ingestExitsZeroWhenAllFiveSeedsAreStored() {
        assertThat(seeds.exitCode()).as(seeds.toString()).isEqualTo(ExitCodes.OK);
        assertThat(seeds.out()).contains("OK  " + COMPENDIUM_2021 + "  compendium  WG.7  ")
                .contains("read 5 files: 5 ingested (0 replaced), 0 rejected, 0 skipped; 643 provisions; the store holds 5 documents");
        assertThat(seeds.err()).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("FAILED");
    }

    @Test
    void listByBodyShowsOnlyThatBodysDocumentsAsATable() {
        CommandLineRun list = CommandLineRun.of("--data", data, "list", "--body", "WG.7");

        assertThat(list.exitCode()).as(list.toString()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.getFirst()).startsWith("TYPE").contains("BODY", "MEETING", "DATES", "PROVISIONS", "SOURCE");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("meeting-report").contains("WG.7", "meeting 8",
                "2021-10-14..2021-10-15", WG7_2021));
        assertThat(list.out()).doesNotContain(WG4_2019).doesNotContain(RES_11_5).doesNotContain(SECRETARIAT_2024);
    }

    @Test
    void listWithoutFiltersShowsEveryStoredSeed() {
        CommandLineRun list = CommandLineRun.of("list", "--data", data);

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains(ALL_SEEDS);
    }

    @Test
    void showPrintsTheSubParagraphWithItsDocumentAndText() {
        CommandLineRun show = CommandLineRun.of("--data", data, "show", "COP res. 11/5 op. 4(b)");

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).startsWith("COP res. 11/5 op. 4(b)\n")
                .contains("kind:          subparagraph")
                .contains("document:      " + RES_11_5 + " (resolution")
                .contains("path:          4 / b")
                .containsPattern("offsets: +\\d+\\.\\.\\d+")
                .contains("\nÉvaluer les risques");
    }

    @Test
    void showAcceptsCitationsAsPeopleTypeThem() {
        CommandLineRun show = CommandLineRun.of("--data", data, "show", "cop res 11/5 op 4 (b)");

        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("Évaluer les risques");
    }

    @Test
    void showOfAnUnknownCitationExitsOneWithAHint() {
        CommandLineRun show = CommandLineRun.of("--data", data, "show", "COP res. 11/5 op. 99");

        assertThat(show.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(show.out()).isEmpty();
        assertThat(show.err()).contains("no provision cited as COP res. 11/5 op. 99; try `compendium list`");
    }

    @Test
    void aMalformedCitationExitsTwoWithTheParseMessage() {
        CommandLineRun show = CommandLineRun.of("--data", data, "show", "résolution onze");

        assertThat(show.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(show.err()).contains("not a citation: 'résolution onze'").contains("COP res. 11/5 op. 4(b)");
        assertThat(show.err()).doesNotContain("\tat ");
    }

    @Test
    void exportJsonParsesAndHoldsTheDocumentsWithTheirProvisions() throws IOException {
        CommandLineRun export = CommandLineRun.of("--data", data, "export", "--format", "json");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        JsonNode docs = new ObjectMapper().readTree(export.out());
        assertThat(docs.isArray()).isTrue();
        List<String> sources = new ArrayList<>();
        docs.forEach(d -> sources.add(d.get("source").asText()));
        assertThat(sources).containsAll(ALL_SEEDS);
        JsonNode wg7 = find(docs, WG7_2021);
        assertThat(wg7.get("body").asText()).isEqualTo("WG.7");
        assertThat(wg7.get("dates").get("start").asText()).isEqualTo("2021-10-14");
        assertThat(wg7.get("provisions").size()).isPositive();
        assertThat(wg7.get("provisions").get(0).fieldNames()).toIterable().containsExactly("citation", "work", "eId", "kind", "number",
                "path", "label", "text", "leadingVerb", "meeting", "session", "start", "end", "spans");
    }

    @Test
    void exportCsvToAFileWithFiltersWritesOnlyThoseRows() throws IOException {
        Path file = tmp.resolve("out/wg7.csv");

        CommandLineRun export = CommandLineRun.of("--data", data, "export", "--format", "csv", "--body", "WG.7",
                "--output", file.toString());

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).isEmpty();
        assertThat(export.err()).contains("exported 2 documents as csv to ");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("source,type,body,meeting");
        assertThat(lines.subList(1, lines.size())).filteredOn(l -> l.startsWith("0"))
                .allMatch(l -> l.startsWith(WG7_2021) || l.startsWith(COMPENDIUM_2021))
                .anyMatch(l -> l.startsWith(WG7_2021)).anyMatch(l -> l.startsWith(COMPENDIUM_2021));
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("wg7.csv");
        }
    }

    @Test
    void aBadFileAmongGoodOnesExitsOneAndTheGoodOnesAreStored() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(corpus().resolve(WG7_2021), folder.resolve(WG7_2021));
        Files.copy(corpus().resolve(RES_11_5), folder.resolve(RES_11_5));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        String mixedData = tmp.resolve("mixed-data").toString();

        CommandLineRun run = CommandLineRun.of("--data", mixedData, "ingest", folder.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).contains("FAILED empty.txt: the file is empty (0 bytes). ");
        assertThat(run.out()).contains("OK  " + WG7_2021).contains("OK  " + RES_11_5)
                .contains("read 3 files: 2 ingested (0 replaced), 1 rejected, 0 skipped")
                .contains("the store holds 2 documents");
        assertThat(CommandLineRun.of("--data", mixedData, "list").out()).contains(WG7_2021, RES_11_5).doesNotContain("empty.txt");
    }

    @Test
    void onlyBadFilesExitFourAndNoFilesToo() throws IOException {
        Path empty = Files.write(tmp.resolve("nothing.md"), new byte[0]);
        String otherData = tmp.resolve("bad-data").toString();

        CommandLineRun bad = CommandLineRun.of("--data", otherData, "ingest", empty.toString());
        CommandLineRun none = CommandLineRun.of("--data", otherData, "ingest", Files.createDirectories(tmp.resolve("void")).toString());

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.NOTHING_INGESTED);
        assertThat(none.exitCode()).isEqualTo(ExitCodes.NOTHING_INGESTED);
        assertThat(none.err()).contains("no document file (.txt, .md, .markdown, .pdf, .docx) found in");
    }

    @Test
    void reIngestingTheSameFileKeepsTheDocumentCount() {
        String reData = tmp.resolve("re-data").toString();
        String file = corpus().resolve(WG7_2021).toString();

        CommandLineRun first = CommandLineRun.of("--data", reData, "ingest", file);
        CommandLineRun second = CommandLineRun.of("--data", reData, "ingest", file);

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(first.out()).contains("the store holds 1 document\n");
        assertThat(second.out()).contains("(replaced the earlier copy)")
                .contains("1 ingested (1 replaced)").contains("the store holds 1 document\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CommandLineRun.of("--data", data, "list", "--body", "WG.9").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CommandLineRun.of("--data", data, "ingest").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CommandLineRun.of("--data", data, "frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CommandLineRun.of("--data", data).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsTheExitCodesAndTheDataDefault() {
        CommandLineRun help = CommandLineRun.of("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:").contains("$COMPENDIUM_DATA").contains(".compendium");
        for (int code = 0; code <= 5; code++) {
            assertThat(help.out()).containsPattern("(?m)^  " + code + " ");
        }
    }

    @Test
    void everyCommandsHelpIsPrintedAsWritten() {
        // Picocli formats each description line with String.format: a bare "95% bootstrap" (themes eval) made it
        // warn on stderr and print the line unformatted, its %n left as they were.
        picocli.CommandLine cli = org.compendium.app.Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), false);
        List<String> broken = new ArrayList<>();
        int[] lines = {0};
        unformattable(cli, broken, lines);
        assertThat(lines[0]).isGreaterThan(100);
        assertThat(broken).isEmpty();
    }

    private static void unformattable(picocli.CommandLine command, List<String> broken, int[] lines) {
        picocli.CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        spec.options().forEach(o -> texts.addAll(List.of(o.description())));
        spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
        for (String text : texts) {
            lines[0]++;
            try {
                String.format(java.util.Locale.ROOT, text);
            } catch (java.util.IllegalFormatException e) {
                broken.add(spec.qualifiedName() + ": " + text);
            }
        }
        command.getSubcommands().values().forEach(sub -> unformattable(sub, broken, lines));
    }

    @Test
    void aStoreErrorExitsThreeInOneLine() {
        CommandLineRun list = CommandLineRun.withStores(location -> {
            throw new StoreException("the store at " + location.describe() + " is in use by another compendium process; "
                    + "close it or use --data to pick another folder");
        }, "--data", "busy", "list");

        assertThat(list.exitCode()).isEqualTo(ExitCodes.STORE);
        assertThat(list.err()).isEqualTo("compendium: the store at busy is in use by another compendium process; "
                + "close it or use --data to pick another folder\n");
    }

    @Test
    void anUnexpectedErrorIsOneLineUnlessVerbose() {
        Services.StoreOpener broken = location -> {
            throw new IllegalStateException("boom");
        };

        CommandLineRun quiet = CommandLineRun.withStores(broken, "--data", "x", "show", "COP res. 11/5 op. 1");
        CommandLineRun verbose = CommandLineRun.withStores(broken, "--data", "x", "--verbose", "show", "COP res. 11/5 op. 1");

        assertThat(quiet.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(quiet.err()).isEqualTo("compendium show: unexpected error: IllegalStateException: boom; "
                + "run with --verbose for details\n");
        assertThat(verbose.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(verbose.err()).contains("\tat ");
    }

    private static JsonNode find(JsonNode docs, String source) {
        for (JsonNode d : docs) {
            if (d.get("source").asText().equals(source)) {
                return d;
            }
        }
        throw new AssertionError("no exported document from " + source);
    }

    static Path corpus() {
        String configured = System.getProperty("compendium.corpus");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "corpus", "fr");
        if (!Files.isDirectory(dir)) {
            // Maven run inside the module folder sets the property relative to the module, one level too deep.
            dir = Path.of("..", "..", "shared", "corpus", "fr");
        }
        assertThat(dir).as("the seed corpus (../shared/corpus/fr beside the checkout)").isDirectory();
        return dir.toAbsolutePath().normalize();
    }
}
