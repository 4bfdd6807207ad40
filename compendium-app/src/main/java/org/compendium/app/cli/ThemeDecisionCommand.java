package org.compendium.app.cli;

import java.io.PrintWriter;
import org.compendium.model.Citation;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.pipeline.EditorChanges;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * What {@code themes accept}, {@code reject} and {@code add} share: the arguments, and the report of the stored
 * decision followed by the re-indexing of the provision's documents.
 */
abstract class ThemeDecisionCommand extends EditorCommand {
    @Parameters(index = "0", paramLabel = "CITATION", description = "The provision, e.g. \"CTOC/COP/WG.7 meeting 8 rec. 12\".")
    String citationText;

    @Parameters(index = "1", paramLabel = "THEME", description = "The theme id or label (see `compendium themes list`).")
    String themeText;

    ThemeDecisionCommand(Services services) {
        super(services);
    }

    /** The verdict this command records. */
    abstract ThemeVerdict verdict();

    private Citation citation;

    @Override
    void check() {
        try {
            citation = Citation.parse(citationText);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        Theme theme = ThemesShowCommand.find(store.themes().themes(), themeText);
        EditorChanges.Outcome<ThemeDecision> o = CompendiumCommand.editorChanges(spec, store, editing)
                .decide(editing.authenticate(credentials), citation, theme == null ? themeText : theme.id(), verdict());
        ThemeDecision d = o.result();
        out.println(d.verdict().code() + ": " + d.themeId() + " for " + d.citation() + " by " + d.editor());
        return CompendiumCommand.reportIndex(spec, o) ? ExitCodes.OK : ExitCodes.STORE;
    }
}
