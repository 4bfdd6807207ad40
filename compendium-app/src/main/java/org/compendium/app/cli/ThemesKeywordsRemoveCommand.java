package org.compendium.app.cli;

import org.compendium.model.ThemeKeyword;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;

/** The {@code themes keywords remove} command: removes a keyword of a theme (editors only). */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Removes a keyword of a theme (editors only), as `themes keywords list` shows it. Audited and "
                + "versioned.")
public final class ThemesKeywordsRemoveCommand extends ThemeKeywordChange {
    public ThemesKeywordsRemoveCommand(Services services) {
        super(services);
    }

    @Override
    ThemeKeyword change(ThemeEditing editing, EditorCredentials credentials, String themeId) {
        return editing.removeKeyword(credentials, themeId, language, keyword);
    }

    @Override
    String done() {
        return "removed";
    }
}
