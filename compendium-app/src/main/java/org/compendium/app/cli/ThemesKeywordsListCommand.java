package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code themes keywords list} command: every keyword, or one theme's, one a line. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the keywords: theme id, language, keyword (all themes, or THEME's).")
public final class ThemesKeywordsListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "THEME", description = "A theme id or label.")
    String themeText;

    @Option(names = "--language", paramLabel = "LANG", description = "Only this language: ar, en, es, fr, ru or zh.")
    String language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language only;
        try {
            only = language == null ? null : Language.fromCode(language);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("compendium themes keywords list: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<ThemeKeyword> keywords;
        String id = null;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            if (themeText != null) {
                Theme theme = ThemesShowCommand.find(store.themes().themes(), themeText);
                if (theme == null) {
                    spec.commandLine().getErr().println("compendium themes keywords list: no theme '"
                            + TerminalText.safe(themeText) + "'; see `compendium themes list`");
                    return ExitCodes.PARTIAL;
                }
                id = theme.id();
            }
            keywords = store.themes().keywords();
        }
        int shown = 0;
        for (ThemeKeyword k : keywords) {
            if ((id == null || k.themeId().equals(id)) && (only == null || k.language() == only)) {
                out.printf("%-60s %-2s  %s%n", k.themeId(), k.language().code(), TerminalText.safe(k.keyword()));
                shown++;
            }
        }
        out.println(Counts.of(shown, "keyword"));
        out.flush();
        return ExitCodes.OK;
    }
}
