package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code themes create} command: adds a theme to a body's vocabulary (editors only). */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Adds a theme to a body's vocabulary, e.g. a trafficking-in-persons (WG.4) vocabulary beside "
                + "the imported smuggling one (editors only). Its id is the slug of its French label.")
public final class ThemesCreateCommand extends EditorCommand {
    @Option(names = "--scope", paramLabel = "BODY", required = true,
            description = "The body whose vocabulary it joins: WG.4, WG.7 or COP.")
    String scopeText;

    @Option(names = "--label", paramLabel = "LANG=LABEL", required = true,
            description = "A label in one of the six UN languages (ar, en, es, fr, ru, zh); repeat for several, "
                    + "e.g. --label fr=\"Identification des victimes\" --label en=\"Victim identification\".")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--parent", paramLabel = "THEME",
            description = "The theme (id) it is a sub-theme of, in the same scope; by default a label written "
                    + "\"Parent (qualifier)\" names it, as in the published index.")
    String parent;

    private Body scope;

    public ThemesCreateCommand(Services services) {
        super(services);
    }

    @Override
    void check() {
        try {
            scope = Body.fromCode(scopeText);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int edit(DocumentStore store, ThemeEditing editing, EditorCredentials credentials, PrintWriter out) {
        Theme t = editing.createTheme(credentials, scope, labels, parent);
        out.println("created: " + t.id() + " in the " + t.scope().code() + " vocabulary"
                + (t.parentId() == null ? "" : ", under " + t.parentId()) + " by " + editor);
        return ExitCodes.OK;
    }
}
