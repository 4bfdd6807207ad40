package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.compendium.bench.Regressions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code themes consistency} and {@code themes eval} on the seed compendium and its imported index. */
class ThemesConsistencyCommandTest {
    @TempDir
    static Path data;

    private static CommandLineRun run(String... args) {
        return CommandLineRun.in(data, args);
    }

    @BeforeAll
    static void ingestAndImport() {
        assertThat(run("ingest", CommandLineTest.corpus().resolve("002_878720af131edfbf.txt").toString()).exitCode())
                .isZero();
        assertThat(run("themes", "import").exitCode()).isZero();
        // The recorded figures are those of the themes worded by their labels and the built-in keyword list.
        assertThat(CommandLineRun.withPassword("s3cret-pass", data, "editors", "add", "alice").exitCode()).isZero();
        CommandLineRun loaded = CommandLineRun.withPassword("s3cret-pass", data, "themes", "keywords", "load",
                "--editor", "alice");
        assertThat(loaded.exitCode()).as(loaded.toString()).isZero();
    }

    @Test
    void listsTheNearIdenticalProvisionsThemedDifferently() {
        CommandLineRun r = run("themes", "consistency");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("24 provisions have a near-identical provision (cosine >= 0.60)")
                .contains("micro P 0.6557 R 0.6557 F1 0.6557")
                .contains("0.91  I.2 (CTOC/COP/WG.7 meeting 1 rec. 2)  ~  VI.2 (COP res. 6/3 op. 2)")
                .contains("only VI.2:         systeme-de-justice-penale-sanctions-et-condamnation")
                .contains("8 pairs themed differently");
        // A mutual pair is listed once, not once from each side.
        assertThat(r.out()).doesNotContain("VI.2 (COP res. 6/3 op. 2)  ~  I.2");
    }

    @Test
    void evalPrintsTheNestedFiguresTheirIntervalsTheCurveAndTheIndexSelfAgreement() {
        CommandLineRun r = run("themes", "eval");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains(String.format(Locale.ROOT, "micro  P %.4f  R %.4f  F1 %.4f  95%% CI [%.4f, %.4f]",
                        figure("micro.precision"), figure("micro.recall"), figure("micro.f1"),
                        figure("micro.f1.low"), figure("micro.f1.high")))
                .contains(String.format(Locale.ROOT, "recall@5 %.4f  95%% CI [%.4f, %.4f]", figure("recallAt5"),
                        figure("recallAt5.low"), figure("recallAt5.high")))
                .contains(String.format(Locale.ROOT, "recall@10 %.4f", figure("recallAt10")))
                .contains(String.format(Locale.ROOT, "the rest scored: k=0 %.4f  k=2 %.4f  k=4 %.4f  k=8 %.4f",
                        figure("curve.k0"), figure("curve.k2"), figure("curve.k4"), figure("curve.k8")))
                .contains(String.format(Locale.ROOT, "(an oracle): k=0 %.4f  k=2 %.4f  k=4 %.4f  k=8 %.4f",
                        figure("bound.revealed.k0"), figure("bound.revealed.k2"), figure("bound.revealed.k4"),
                        figure("bound.revealed.k8")))
                .contains(String.format(Locale.ROOT, "k=4  model %+.4f [%.4f, %.4f]  oracle %+.4f [%.4f, %.4f]  "
                                + "(the oracle short of +0.05 in %.1f%% of resamples)", figure("curve.rise.k4"),
                        figure("curve.rise.k4.low"), figure("curve.rise.k4.high"), figure("bound.revealed.rise.k4"),
                        figure("bound.revealed.rise.k4.low"), figure("bound.revealed.rise.k4.high"),
                        100 * figure("bound.revealed.shortOfTarget.k4")))
                .contains(String.format(Locale.ROOT, "number of themes been known (its best-ranked ones) %.4f",
                        figure("bound.count")))
                .contains("12 meetings and sessions: nested leave one out")
                .contains("index self-agreement: 24 provisions")
                .contains("on those 24 provisions the suggestions score micro P");
    }

    private static double figure(String key) {
        return Regressions.getDouble("themes.nested." + key);
    }

    @Test
    void refusesASimilarityOutsideZeroToOne() {
        CommandLineRun r = run("themes", "consistency", "--min-similarity", "1.5");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--min-similarity must be above 0 and at most 1, not 1.5");
    }
}
