package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.model.IndexPart;
import org.compendium.themes.IndexGroups;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentStore;
import org.compendium.themes.ThemeLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code themes show} command: a theme's provisions grouped as the published index groups them (part A by
 * meeting report, part B by session report and instrument), then editors' decisions.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a theme's provisions grouped like the published index, with labels and citations.")
public final class ThemesShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "THEME", description = "The theme id or its label.")
    String themeText;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Theme> themes;
        List<ThemeLink> links;
        List<ThemeDecision> decisions;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            themes = store.themes().themes();
            links = store.themes().links();
            decisions = store.themes().decisions();
        }
        Theme theme = find(themes, themeText);
        if (theme == null) {
            spec.commandLine().getErr().println("no theme '" + themeText + "'; see `compendium themes list`");
            return ExitCodes.PARTIAL;
        }
        out.println(TerminalText.safe(theme.label("fr")) + "  [" + theme.id() + "]" + (theme.parentId() == null ? "" : "  (sub-theme of " + theme.parentId() + ")"));
        for (IndexGroups.Group g : IndexGroups.of(links, theme.id())) {
            String symbol = g.links().stream().map(ThemeLink::reportSymbol).filter(java.util.Objects::nonNull).findFirst().orElse("?");
            out.println("  Partie " + g.part().name() + "  " + (g.part() == IndexPart.A ? "meeting " : "session ")
                    + (g.meetingOrSession() == null ? "?" : g.meetingOrSession()) + "  " + symbol);
            for (ThemeLink l : g.links()) {
                out.print(String.format("    %-10s %-40s %s%s%n", l.label(), l.citation(),
                        l.reportNumber() == null ? "" : "report " + l.reportNumber(), l.instrument() == null ? "" : "  " + l.instrument()));
            }
        }
        decisions.stream().filter(d -> d.themeId().equals(theme.id())).forEach(d ->
                out.println("  " + d.verdict().code() + " by " + d.editor() + " at " + d.at() + ": " + d.citation()));
        out.flush();
        return ExitCodes.OK;
    }

    /** The theme of that id, or whose label in any language has the slug of {@code text} ({@code International cooperation}). */
    static Theme find(List<Theme> themes, String text) {
        String slug = ThemeLabels.slug(text);
        return themes.stream().filter(t -> t.id().equals(slug) || t.id().equals(text)).findFirst()
                .or(() -> themes.stream().filter(t -> t.labels().values().stream().anyMatch(l -> ThemeLabels.slug(l).equals(slug))).findFirst())
                .orElse(null);
    }
}
