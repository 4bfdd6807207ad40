package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.pipeline.Rejection;
import org.junit.jupiter.api.Test;

/** The ingest display: progress redrawn in place on a terminal, erased before any other line; kind counts in order. */
class IngestPrinterTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void onATerminalProgressIsRedrawnInPlaceAndErasedBeforeAFailure() {
        IngestPrinter printer = new IngestPrinter(new PrintWriter(out), new PrintWriter(err), true, false);

        printer.started(1, 2, Path.of("long-name.txt"));
        printer.started(2, 2, Path.of("b.md"));
        printer.failed(2, 2, new Rejection(Path.of("b.md"), "b.md", Rejection.Cause.REJECTED_INPUT,
                "the file is empty (0 bytes)", "Check that this is the right file"), null);

        assertThat(err.toString()).isEqualTo("\r[1/2] long-name.txt"
                + "\r[2/2] b.md" + " ".repeat(9)
                + "\r" + " ".repeat(10) + "\r"
                + "FAILED b.md: the file is empty (0 bytes). Check that this is the right file\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void offATerminalProgressIsOneLinePerFile() {
        IngestPrinter printer = new IngestPrinter(new PrintWriter(out), new PrintWriter(err), false, false);

        printer.started(1, 2, Path.of("a.txt"));
        printer.started(2, 2, Path.of("b.txt"));

        assertThat(err.toString()).isEqualTo("[1/2] a.txt\n[2/2] b.txt\n");
    }

    @Test
    void provisionCountsNameEachKindInModelOrderWithPlurals() {
        List<Provision> provisions = List.of(provision(ProvisionKind.PARAGRAPH), provision(ProvisionKind.RECOMMENDATION),
                provision(ProvisionKind.PARAGRAPH));

        assertThat(IngestPrinter.provisions(provisions)).isEqualTo("3 provisions (1 recommendation, 2 paragraphs)");
        assertThat(IngestPrinter.provisions(List.of())).isEqualTo("0 provisions");
    }

    private static Provision provision(ProvisionKind kind) {
        return new Provision(Citation.parse("CTOC/COP/WG.7 meeting 8 para. 1"), kind, "1", List.of("1"), null, "Texte.", null,
                List.of(), 8, null);
    }
}
