package org.compendium.app.cli;

import org.compendium.model.ThemeKeyword;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;

/** The {@code themes keywords add} command: a keyword or synonym of a theme (editors only). */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Adds a keyword or synonym of a theme in one of the six UN languages (editors only); "
                + "suggestions then match it like the theme's label. Audited and versioned.")
public final class ThemesKeywordsAddCommand extends ThemeKeywordChange {
    public ThemesKeywordsAddCommand(Services services) {
        super(services);
    }

    @Override
    ThemeKeyword change(ThemeEditing editing, EditorCredentials credentials, String themeId) {
        return editing.addKeyword(credentials, themeId, language, keyword);
    }

    @Override
    String done() {
        return "added";
    }
}
