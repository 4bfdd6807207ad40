package org.compendium.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.ProvisionHit;
import org.compendium.themes.Suggestion;
import org.compendium.themes.ThemeSuggester;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code themes suggest} command: ranked themes with scores and reasons for given provisions, for the
 * recommendations of a stored document, or for every stored recommendation the index does not cover.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Suggests themes (score and reason) for provisions; editors' decisions are shown and kept.")
public final class ThemesSuggestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CITATION", arity = "0..*", description = "Provisions to suggest themes for.")
    List<String> citations = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Which which;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3",
            description = "Show at least N themes per provision (default ${DEFAULT-VALUE}).")
    int top;

    /** The other ways to pick provisions. */
    static final class Which {
        @Option(names = "--document", paramLabel = "FILE", description = "The recommendations of this stored source file.")
        Path document;

        @Option(names = "--unthemed", description = "Every stored recommendation without a theme in the index.")
        boolean unthemed;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            ThemeSuggester suggester;
            try {
                suggester = ThemeSuggester.fromStore(store);
            } catch (IllegalStateException e) {
                err.println("compendium themes suggest: " + e.getMessage());
                return ExitCodes.PARTIAL;
            }
            List<ThemeLink> links = store.themes().links();
            List<Target> targets = new ArrayList<>();
            for (String text : citations) {
                Citation c;
                try {
                    c = Citation.parse(text);
                } catch (IllegalArgumentException e) {
                    err.println("compendium themes suggest: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
                List<ProvisionHit> hits = store.findByCitation(c);
                if (hits.isEmpty()) {
                    err.println("no provision cited as " + c);
                    return ExitCodes.PARTIAL;
                }
                ParsedDocument doc = store.loadAll(DocumentFilter.ALL).stream()
                        .filter(d -> d.source().equals(hits.getFirst().document().source())).findFirst().orElseThrow();
                targets.add(new Target(hits.getFirst().provision(), doc));
            }
            if (which != null) {
                String source = which.document == null ? null : which.document.getFileName().toString();
                for (ParsedDocument d : store.loadAll(DocumentFilter.ALL)) {
                    if (source != null && !d.source().equals(source)) {
                        continue;
                    }
                    for (Provision p : d.provisions()) {
                        boolean recommendation = p.kind() == ProvisionKind.RECOMMENDATION
                                || p.kind() == ProvisionKind.SUBPARAGRAPH && p.citation().main().series() == org.compendium.model.Eid.Series.RECOMMENDATION;
                        if (recommendation && (source != null || !ThemeSuggester.indexed(p.citation(), links))) {
                            targets.add(new Target(p, d));
                        }
                    }
                }
                if (targets.isEmpty()) {
                    err.println(source == null ? "every stored recommendation has a theme" : "no stored recommendations in " + source);
                    return ExitCodes.PARTIAL;
                }
            }
            if (targets.isEmpty()) {
                err.println("compendium themes suggest: give CITATION..., --document FILE or --unthemed");
                return ExitCodes.USAGE;
            }
            for (Target t : targets) {
                out.println(t.provision().citation() + (t.provision().label() == null ? "" : "  (" + t.provision().label() + ")"));
                List<Suggestion> suggestions = suggester.suggest(t.provision(), t.document(), top);
                if (suggestions.isEmpty()) {
                    Body body = t.document().metadata().body();
                    String code = body == null ? "its body" : body.code();
                    out.println("  no suggestion: no theme of the " + code + " vocabulary fits it (editors add themes "
                            + "with `compendium themes create --scope " + code + "`)");
                }
                for (Suggestion s : suggestions) {
                    out.println(String.format(Locale.ROOT, "  %s  %-50s  %s", Double.isNaN(s.score()) ? "  -  " : String.format(Locale.ROOT, "%.3f", s.score()),
                            s.label(), s.reasonText()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private record Target(Provision provision, ParsedDocument document) {
    }
}
