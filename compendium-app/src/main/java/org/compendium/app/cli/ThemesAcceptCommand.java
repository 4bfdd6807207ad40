package org.compendium.app.cli;

import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;

/** The {@code themes accept} command: Confirms a theme for a provision (editors only). */
@Command(name = "accept", mixinStandardHelpOptions = true, description = "Confirms a theme for a provision (editors only).")
public final class ThemesAcceptCommand extends ThemeDecisionCommand {
    public ThemesAcceptCommand(Services services) {
        super(services);
    }

    @Override
    ThemeDecision decide(ThemeEditing editing, EditorCredentials credentials, Citation citation, String themeId) {
        return editing.accept(credentials, citation, themeId);
    }
}
