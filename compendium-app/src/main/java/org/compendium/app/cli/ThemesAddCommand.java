package org.compendium.app.cli;

import org.compendium.model.ThemeVerdict;

import picocli.CommandLine.Command;

/** The {@code themes add} command: Adds a theme to a provision (editors only). */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a theme to a provision (editors only).")
public final class ThemesAddCommand extends ThemeDecisionCommand {
    public ThemesAddCommand(Services services) {
        super(services);
    }

    @Override
    ThemeVerdict verdict() {
        return ThemeVerdict.ADDED;
    }
}
