package org.compendium.app.cli;

import org.compendium.model.ThemeVerdict;

import picocli.CommandLine.Command;

/** The {@code themes accept} command: Confirms a theme for a provision (editors only). */
@Command(name = "accept", mixinStandardHelpOptions = true, description = "Confirms a theme for a provision (editors only).")
public final class ThemesAcceptCommand extends ThemeDecisionCommand {
    public ThemesAcceptCommand(Services services) {
        super(services);
    }

    @Override
    ThemeVerdict verdict() {
        return ThemeVerdict.ACCEPTED;
    }
}
