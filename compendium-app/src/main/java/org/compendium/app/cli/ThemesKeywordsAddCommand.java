package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code themes keywords add} command: a keyword or synonym of a theme (editors only). */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Adds a keyword or synonym of a theme in one of the six UN languages (editors only); "
                + "suggestions then match it like the theme's label. Audited and versioned.")
public final class ThemesKeywordsAddCommand extends EditorCommand {
    @Parameters(index = "0", paramLabel = "THEME", description = "The theme id or label (see `compendium themes list`).")
    String themeText;

    @Parameters(index = "1", paramLabel = "LANG", description = "ar, en, es, fr, ru or zh.")
    String language;

    @Parameters(index = "2", paramLabel = "KEYWORD", description = "The word or phrase, e.g. \"voies légales de migration\".")
    String keyword;

    public ThemesKeywordsAddCommand(Services services) {
        super(services);
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        Theme theme = ThemesShowCommand.find(store.themes().themes(), themeText);
        ThemeKeyword k = editing.addKeyword(credentials, theme == null ? themeText : theme.id(), language, keyword);
        out.println("keyword added: " + k.themeId() + " " + k.language().code() + " \"" + TerminalText.safe(k.keyword())
                + "\" by " + editor);
        return ExitCodes.OK;
    }
}
