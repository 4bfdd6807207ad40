package org.compendium.app.cli;

import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;

/** The {@code themes add} command: Adds a theme to a provision (editors only). */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a theme to a provision (editors only).")
public final class ThemesAddCommand extends ThemeDecisionCommand {
    public ThemesAddCommand(Services services) {
        super(services);
    }

    @Override
    ThemeDecision decide(ThemeEditing editing, EditorCredentials credentials, Citation citation, String themeId) {
        return editing.add(credentials, citation, themeId);
    }
}
