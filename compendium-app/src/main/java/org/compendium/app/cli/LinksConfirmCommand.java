package org.compendium.app.cli;

import org.compendium.store.LinkStore;
import picocli.CommandLine.Command;

/** The {@code links confirm} command: Confirms a found link (editors only): shown whatever its score, marked as confirmed. */
@Command(name = "confirm", mixinStandardHelpOptions = true, description = "Confirms a found link (editors only): shown whatever its score, marked as confirmed.")
public final class LinksConfirmCommand extends LinkDecisionCommand {
    public LinksConfirmCommand(Services services) {
        super(services);
    }

    @Override
    LinkStore.Verdict verdict() {
        return LinkStore.Verdict.CONFIRMED;
    }
}
