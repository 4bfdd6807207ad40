package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.compendium.app.Main;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lineage}, {@code lineage eval} and editors settling links with {@code links confirm|reject}, on the seeds. */
class LineageCommandTest {
    @TempDir
    static Path data;

    private static CommandLineRun run(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Services services = new Services(DocumentStore::open, new SourceReader(), new DocumentParser(), false,
                password::toCharArray);
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), services).execute(all);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingest() {
        CommandLineRun ingested = run("", "ingest", CommandLineTest.corpus().toString());
        assertThat(ingested.exitCode()).as(ingested.toString()).isZero();
        // Lineage is found at ingest, once the index holds the new documents, and stored.
        assertThat(ingested.out()).containsPattern("\nlineage: 5 documents, \\d+ provisions looked at, \\d+ links found\n");
        assertThat(run("s3cret-pass", "editors", "add", "alice").exitCode()).isZero();
    }

    @Test
    void lineagePrintsTheAncestorWithTypeScoreDateAndTheChangesMarked() {
        CommandLineRun r = run("", "lineage", "COP res. 6/3 op. 3");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("COP res. 6/3 op. 3  (2012-10-15)\nancestors:\n")
                .containsPattern("  2012-05-30  CTOC/COP/WG.7 meeting 1 rec. 20  reproduces 0\\.8\\d{3}  \\d+ changes")
                .contains("États parties [-devraient-] {+d'+}adopter {+et de mettre en œuvre+} des mesures")
                .contains("descendants: none")
                .endsWith("1 ancestor, 0 descendants\n");
        CommandLineRun json = run("", "lineage", "CTOC/COP/WG.7 meeting 1 rec. 20", "--json");
        assertThat(json.out()).contains("\"date\" : \"2012-05-30\"").contains("\"citation\" : \"COP res. 6/3 op. 3\"")
                .contains("\"type\" : \"reproduces\"").contains("\"origin\" : \"computed\"");
        assertThat(run("", "lineage", "COP res. 99/9 op. 1").exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run("", "lineage", "not a citation").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("", "lineage").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void evalPrintsThePrecisionAndRecallOfEachType() {
        CommandLineRun eval = run("", "lineage", "eval");
        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        assertThat(eval.out()).contains("gold: 42 pairs; floor 0.50 (adapts), 0.82 (reproduces)")
                .contains("lineage:    found 37, correct 32: precision 0.8649 recall 0.7619")
                .contains("reproduces: found 12, correct 12: precision 1.0000 recall 1.0000")
                .contains("missed: CTOC/COP/WG.7 meeting 1 rec. 53 → COP res. 6/3 op. 20 (alignment 0.3636)");
    }

    @Test
    void anEditorsConfirmedLinkIsShownAndARejectedOneIsNotAndBothSurviveReIngest() {
        String older = "CTOC/COP/WG.7 meeting 1 rec. 13";
        String newer = "COP res. 6/3 op. 9(c)";
        assertThat(run("", "lineage", newer).out()).contains("ancestors: none");
        CommandLineRun refused = run("wrong-pass", "links", "confirm", older, newer, "--editor", "alice");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
        CommandLineRun confirmed = run("s3cret-pass", "links", "confirm", older, newer, "--editor", "alice");
        assertThat(confirmed.exitCode()).as(confirmed.toString()).isZero();
        assertThat(confirmed.out()).contains("confirmed: lineage " + older + " → " + newer + " by alice");
        CommandLineRun rejected = run("s3cret-pass", "links", "reject", "COP res. 6/3 op. 22", "COP res. 11/5 op. 21",
                "--editor", "alice");
        assertThat(rejected.exitCode()).as(rejected.toString()).isZero();
        // Re-ingest: the decisions name citations, not rows.
        assertThat(run("", "ingest", CommandLineTest.corpus().toString()).exitCode()).isZero();
        assertThat(run("", "lineage", newer).out()).contains(older + "  adapts 0.4038 (confirmed)");
        assertThat(run("", "lineage", "COP res. 11/5 op. 21").out()).contains("ancestors: none");
        CommandLineRun unknown = run("s3cret-pass", "links", "confirm", older, "COP res. 99/9 op. 1", "--editor", "alice");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(unknown.err()).contains("no stored provision cited as COP res. 99/9 op. 1");
        assertThat(run("s3cret-pass", "links", "confirm", "--type", "nonsense", older, newer, "--editor", "alice").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aConfirmedDeliveryCountsAsReportedAndARejectedReferenceIsShownAsRejected() {
        String mandate = "COP res. 11/5 op. 4(e)";
        String paragraph = "CTOC/COP session 12 report 2024-07-23 para. 52";
        assertThat(run("", "mandates", "--resolution", "11/5").out()).contains(mandate + "  unodc  invites («l'invitation faite»)  not-reported");
        assertThat(run("s3cret-pass", "links", "confirm", "--type", "delivery", mandate, paragraph, "--editor", "alice").exitCode())
                .isZero();
        assertThat(run("s3cret-pass", "links", "reject", "--type", "delivery", "COP res. 11/5 op. 18",
                "CTOC/COP session 12 report 2024-07-23 para. 15", "--editor", "alice").exitCode()).isZero();
        CommandLineRun settled = run("", "mandates", "--resolution", "11/5");
        assertThat(settled.out()).contains(mandate + "  unodc  invites («l'invitation faite»)  reported\n    " + paragraph + "  0.00 (confirmed)")
                .contains("COP res. 11/5 op. 18  unodc  invites («invite de nouveau»)  not-reported");
        // The evaluation measures the links as computed, whatever editors decided.
        assertThat(run("", "mandates", "eval").out()).contains("links:    found 4, correct 4: precision 1.0000 recall 0.5000");

        assertThat(run("s3cret-pass", "links", "reject", "--type", "reference", "COP res. 11/5 pp. 5", "COP dec. 3/3",
                "--editor", "alice").exitCode()).isZero();
        assertThat(run("", "references", "COP res. 11/5 pp. 5").out())
                .containsPattern("cop-decision +COP dec. 3/3 +«3/3 du 18 octobre 2006»  → stored \\(rejected by an editor\\)")
                .containsPattern("cop-resolution +COP res. 5/2 +«5/2 du 22 octobre 2010»  unresolved\n");
        assertThat(run("", "references", "COP res. 11/5 pp. 5", "--json").out()).contains("\"editor\" : \"rejected\"");
    }
}
