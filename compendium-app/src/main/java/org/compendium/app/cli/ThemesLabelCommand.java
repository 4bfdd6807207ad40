package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.model.Theme;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code themes label} command: sets a theme's label in a UN language (editors only). */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = "Sets or corrects a theme's label in one of the six UN languages (editors only); the web "
                + "application shows it to readers of that language, and it outlives re-imports of the index.")
public final class ThemesLabelCommand extends EditorCommand {
    @Parameters(index = "0", paramLabel = "THEME", description = "The theme id or label (see `compendium themes list`).")
    String themeText;

    @Parameters(index = "1", paramLabel = "LANG", description = "ar, en, es, fr, ru or zh.")
    String language;

    @Parameters(index = "2", paramLabel = "LABEL", description = "The label, e.g. \"International cooperation\".")
    String label;

    public ThemesLabelCommand(Services services) {
        super(services);
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        Theme theme = ThemesShowCommand.find(store.themes().themes(), themeText);
        String id = theme == null ? themeText : theme.id();
        editing.label(credentials, id, language, label);
        out.println("labelled: " + id + " in " + language.strip().toLowerCase(java.util.Locale.ROOT) + " by " + editor);
        return ExitCodes.OK;
    }
}
