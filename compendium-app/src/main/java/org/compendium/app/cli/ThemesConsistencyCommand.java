package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.compendium.themes.IndexConsistency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code themes consistency} command: near-identical provisions of different meetings or sessions that the
 * imported index themes differently, for editors to decide, and the index's agreement with itself.
 */
@Command(name = "consistency", mixinStandardHelpOptions = true,
        description = "Near-identical indexed provisions (a COP resolution repeating a recommendation) whose themes "
                + "differ in the imported index, and how far the index agrees with itself on them.")
public final class ThemesConsistencyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--min-similarity", paramLabel = "COSINE", defaultValue = "0.6",
            description = "How alike two provisions must be, from 0 to 1 (default: ${DEFAULT-VALUE}).")
    double minSimilarity;

    @Override
    public Integer call() {
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--min-similarity must be above 0 and at most 1, not " + minSimilarity);
        }
        Optional<IndexedCompendium> indexed = IndexedCompendium.load(spec);
        if (indexed.isEmpty()) {
            return ExitCodes.PARTIAL;
        }
        IndexConsistency c = IndexConsistency.of(indexed.get().set(), minSimilarity);
        PrintWriter out = spec.commandLine().getOut();
        print(out, c);
        List<IndexConsistency.Pair> disagreements = c.disagreements();
        for (IndexConsistency.Pair p : disagreements) {
            out.printf(Locale.ROOT, "%n%.2f  %s (%s)  ~  %s (%s)%n", p.similarity(), p.provision().label(),
                    p.provision().id(), p.partner().label(), p.partner().id());
            row(out, "both", p.shared());
            row(out, "only " + p.provision().label(), p.onlyProvision());
            row(out, "only " + p.partner().label(), p.onlyPartner());
        }
        out.printf(Locale.ROOT, "%n%d pairs themed differently; an editor can settle each with `compendium themes "
                + "accept|reject|add CITATION THEME`%n", disagreements.size());
        out.flush();
        return ExitCodes.OK;
    }

    /** The one-line summary, also printed by {@code themes eval}. */
    static void print(PrintWriter out, IndexConsistency c) {
        out.printf(Locale.ROOT, "index self-agreement: %d provisions have a near-identical provision (cosine >= %.2f) "
                        + "in another meeting or session; its themes match theirs at micro P %.4f R %.4f F1 %.4f%n",
                c.pairs().size(), c.minSimilarity(), c.agreement().precision(), c.agreement().recall(),
                c.agreement().f1());
    }

    private static void row(PrintWriter out, String heading, Set<String> themes) {
        out.printf(Locale.ROOT, "      %-18s %s%n", heading + ":", themes.isEmpty() ? "-" : String.join(", ", themes));
    }
}
