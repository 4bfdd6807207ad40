package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Parameters;

/** What {@code themes keywords add} and {@code remove} share: the theme, language and keyword, and the report. */
abstract class ThemeKeywordChange extends EditorCommand {
    @Parameters(index = "0", paramLabel = "THEME", description = "The theme id or label (see `compendium themes list`).")
    String themeText;

    @Parameters(index = "1", paramLabel = "LANG", description = "ar, en, es, fr, ru or zh.")
    String language;

    @Parameters(index = "2", paramLabel = "KEYWORD", description = "The word or phrase, e.g. \"voies légales de migration\".")
    String keyword;

    ThemeKeywordChange(Services services) {
        super(services);
    }

    /** Makes the change for theme {@code themeId}; returns the keyword as stored or removed. */
    abstract ThemeKeyword change(ThemeEditing editing, EditorCredentials credentials, String themeId);

    /** The past participle the report starts with ({@code added}). */
    abstract String done();

    @Override
    final int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        Theme theme = ThemesShowCommand.find(store.themes().themes(), themeText);
        ThemeKeyword k = change(editing, credentials, theme == null ? themeText : theme.id());
        out.println("keyword " + done() + ": " + k.themeId() + " " + k.language().code() + " \""
                + TerminalText.safe(k.keyword()) + "\" by " + editor);
        return ExitCodes.OK;
    }
}
