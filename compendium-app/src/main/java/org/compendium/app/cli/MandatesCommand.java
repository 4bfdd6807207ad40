package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.links.MandateDelivery;
import org.compendium.links.ResolutionMandates;
import org.compendium.model.Work;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code mandates} command: the tasks a COP resolution or decision gives UNODC, the Secretariat or a working group,
 * and what the stored Secretariat reports say of each (reported, reported as not done, not reported).
 */
@Command(name = "mandates", mixinStandardHelpOptions = true,
        description = {"Prints the mandates of a COP resolution (or decision) with the Secretariat report paragraphs that "
                + "report on them and their status; `mandates eval` measures them against the hand-made gold."},
        footer = {"%nExamples:", "  compendium mandates --resolution 11/5", "  compendium mandates eval"})
public final class MandatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Option(names = "--resolution", paramLabel = "N/M", description = "The resolution's number, e.g. 11/5.")
    String resolution;

    @Option(names = "--decision", paramLabel = "N/M", description = "A decision's number instead, e.g. 2/4.")
    String decision;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((resolution == null) == (decision == null)) {
            err.println("compendium mandates: give --resolution N/M or --decision N/M (e.g. --resolution 11/5), or run `compendium mandates eval`");
            return ExitCodes.USAGE;
        }
        Work work;
        try {
            work = Work.CopInstrument.of(resolution != null ? Work.InstrumentKind.RESOLUTION : Work.InstrumentKind.DECISION,
                    resolution != null ? resolution : decision);
        } catch (IllegalArgumentException e) {
            err.println("compendium mandates: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<MandateDelivery.Delivery> deliveries;
        try (DocumentStore store = root.openStore()) {
            deliveries = new ResolutionMandates(store).of(work);
        } catch (IllegalArgumentException e) {
            err.println("compendium mandates: " + e.getMessage());
            return ExitCodes.PARTIAL;
        }
        if (deliveries.isEmpty()) {
            err.println("no mandate of " + work + " in the store: it is not stored, or gives no task to UNODC, the "
                    + "Secretariat or a working group; `compendium list --type resolution` lists the stored resolutions");
            return ExitCodes.PARTIAL;
        }
        for (MandateDelivery.Delivery d : deliveries) {
            var m = d.mandate();
            out.println(m.citation() + "  " + m.addressee().code() + "  " + m.strength().code() + " («" + m.verb() + "»)  "
                    + d.status().code());
            for (MandateDelivery.Link l : d.links()) {
                out.printf(Locale.ROOT, "    %s  %.2f%s%s%s  «%s»%n", l.paragraph(), l.similarity(), l.explicit() ? " cites it" : "",
                        l.notDone() ? ", not done" : "", l.confirmed() ? " (confirmed)" : "", l.sentence().replace('\u001B', '␛'));
            }
        }
        long reported = deliveries.stream().filter(d -> d.status() != MandateDelivery.Status.NOT_REPORTED).count();
        out.println(Counts.of(deliveries.size(), "mandate") + " of " + work + ", " + reported + " reported on");
        out.flush();
        return ExitCodes.OK;
    }
}
