package org.compendium.app.cli;

import org.compendium.model.ThemeVerdict;

import picocli.CommandLine.Command;

/** The {@code themes reject} command: Refuses a theme for a provision; it is never suggested for it again (editors only). */
@Command(name = "reject", mixinStandardHelpOptions = true, description = "Refuses a theme for a provision; it is never suggested for it again (editors only).")
public final class ThemesRejectCommand extends ThemeDecisionCommand {
    public ThemesRejectCommand(Services services) {
        super(services);
    }

    @Override
    ThemeVerdict verdict() {
        return ThemeVerdict.REJECTED;
    }
}
