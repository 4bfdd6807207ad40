package org.compendium.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.compendium.model.Citation;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.NotAuthorizedException;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code themes accept}, {@code reject} and {@code add} share: the arguments, the editor's authentication
 * (password from {@code COMPENDIUM_PASSWORD} or standard input) and the report of the stored decision.
 */
abstract class ThemeDecisionCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CITATION", description = "The provision, e.g. \"CTOC/COP/WG.7/2021 rec. 12\".")
    String citationText;

    @Parameters(index = "1", paramLabel = "THEME", description = "The theme id or label (see `compendium themes list`).")
    String themeText;

    @Option(names = "--editor", paramLabel = "NAME", required = true,
            description = "The editor; the password is read from $COMPENDIUM_PASSWORD or standard input.")
    String editor;

    ThemeDecisionCommand(Services services) {
        this.services = services;
    }

    /** Stores the decision through the editing service. */
    abstract ThemeDecision decide(ThemeEditing editing, EditorCredentials credentials, Citation citation, String themeId);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Citation citation;
        try {
            citation = Citation.parse(citationText);
        } catch (IllegalArgumentException e) {
            err.println("compendium themes " + spec.name() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        EditorCredentials credentials = new EditorCredentials(editor, services.passwords().read());
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            Theme theme = ThemesShowCommand.find(store.themes().themes(), themeText);
            ThemeDecision d = decide(new ThemeEditing(store, Clock.systemUTC()), credentials, citation,
                    theme == null ? themeText : theme.id());
            out.println(d.verdict().code() + ": " + d.themeId() + " for " + d.citation() + " by " + d.editor());
            if (!CompendiumCommand.reindexThemes(spec, store, java.util.List.of(citation))) {
                return ExitCodes.STORE;
            }
        } catch (NotAuthorizedException e) {
            err.println("compendium themes " + spec.name() + ": " + e.getMessage());
            return ExitCodes.NOT_AUTHORIZED;
        } catch (IllegalArgumentException e) {
            err.println("compendium themes " + spec.name() + ": " + e.getMessage());
            return ExitCodes.PARTIAL;
        } finally {
            credentials.clear();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
