package org.compendium.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code themes keywords} command group: the keywords and synonyms suggestions match a theme by. */
@Command(name = "keywords", mixinStandardHelpOptions = true,
        description = "Keywords and synonyms of themes, in the six UN languages, which suggestions match like the "
                + "theme's label: list them, and (editors only) add, remove or load a list.")
public final class ThemesKeywordsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("compendium themes keywords: missing command; choose one of "
                + spec.subcommands().keySet());
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
