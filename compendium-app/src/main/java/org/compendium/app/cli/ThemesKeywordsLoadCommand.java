package org.compendium.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.model.ThemeKeyword;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.KeywordList;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code themes keywords load} command: adds a list's keywords that the store lacks (editors only). */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Adds the keywords of a list (theme id, language, keyword: tab-separated, UTF-8; default: the "
                + "WG.7 list that ships with Compendium) that the store lacks, in one audited change (editors only).")
public final class ThemesKeywordsLoadCommand extends EditorCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The list; default: the built-in one.")
    Path file;

    private List<ThemeKeyword> keywords;

    public ThemesKeywordsLoadCommand(Services services) {
        super(services);
    }

    @Override
    void check() {
        try {
            keywords = file == null ? KeywordList.builtIn()
                    : KeywordList.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "cannot read " + file + ": " + e.getMessage() + "; check the path");
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        ThemeEditing.KeywordLoad load = editing.loadKeywords(credentials, keywords);
        for (ThemeKeyword k : load.unknownTheme()) {
            out.println("not added, no theme '" + TerminalText.safe(k.themeId()) + "': " + k.language().code() + " \""
                    + TerminalText.safe(k.keyword()) + "\"");
        }
        out.println((file == null ? KeywordList.BUILT_IN : file.toString()) + ": "
                + Counts.of(load.added().size(), "keyword") + " added, " + load.present().size() + " already there, "
                + load.unknownTheme().size() + " of unknown themes, by " + editor);
        return load.unknownTheme().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
