package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code themes keywords remove} command: removes a keyword of a theme (editors only). */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Removes a keyword of a theme (editors only). Audited and versioned.")
public final class ThemesKeywordsRemoveCommand extends EditorCommand {
    @Parameters(index = "0", paramLabel = "THEME", description = "The theme id or label (see `compendium themes list`).")
    String themeText;

    @Parameters(index = "1", paramLabel = "LANG", description = "ar, en, es, fr, ru or zh.")
    String language;

    @Parameters(index = "2", paramLabel = "KEYWORD", description = "The keyword, as `themes keywords list` shows it.")
    String keyword;

    public ThemesKeywordsRemoveCommand(Services services) {
        super(services);
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        Theme theme = ThemesShowCommand.find(store.themes().themes(), themeText);
        ThemeKeyword k = editing.removeKeyword(credentials, theme == null ? themeText : theme.id(), language, keyword);
        out.println("keyword removed: " + k.themeId() + " " + k.language().code() + " \""
                + TerminalText.safe(k.keyword()) + "\" by " + editor);
        return ExitCodes.OK;
    }
}
