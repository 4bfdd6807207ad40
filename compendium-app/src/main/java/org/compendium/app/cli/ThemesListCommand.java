package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code themes list} command: the vocabulary with each theme's id, number of provisions and label. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the themes: id, scope, provisions, label.")
public final class ThemesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Theme> themes;
        Map<String, Long> counts;
        int version;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            themes = store.themes().themes();
            counts = store.themes().links().stream().collect(Collectors.groupingBy(ThemeLink::themeId, Collectors.counting()));
            version = store.themes().version();
        }
        if (themes.isEmpty()) {
            spec.commandLine().getErr().println("no themes yet; run `compendium themes import`");
            return ExitCodes.PARTIAL;
        }
        for (Theme t : themes) {
            out.printf("%-60s %-5s %4d  %s%s%n", t.id(), t.scope().code(), counts.getOrDefault(t.id(), 0L),
                    t.parentId() == null ? "" : "  ", TerminalText.safe(t.label("fr")));
        }
        out.println(Counts.of(themes.size(), "theme") + ", vocabulary version " + version);
        out.flush();
        return ExitCodes.OK;
    }
}
