package org.compendium.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.store.DocumentStore;
import org.compendium.store.EditorSummary;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code editors list} command: the editors' user names and when each was added; never a hash. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the editors: user name and when each was added (UTC).")
public final class EditorsListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<EditorSummary> editors;
        try (DocumentStore store = CompendiumCommand.openStore(spec)) {
            editors = new ThemeEditing(store, Clock.systemUTC()).editors();
        }
        if (editors.isEmpty()) {
            spec.commandLine().getErr().println("no editors yet; add one with `compendium editors add NAME`");
        }
        for (EditorSummary e : editors) {
            out.println(TerminalText.safe(e.username()) + "  added " + e.created());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
