package org.compendium.app.cli;

import org.compendium.store.LinkStore;
import picocli.CommandLine.Command;

/** The {@code links reject} command: Rejects a found link (editors only): no longer shown as found. */
@Command(name = "reject", mixinStandardHelpOptions = true, description = "Rejects a found link (editors only): no longer shown as found.")
public final class LinksRejectCommand extends LinkDecisionCommand {
    public LinksRejectCommand(Services services) {
        super(services);
    }

    @Override
    LinkStore.Verdict verdict() {
        return LinkStore.Verdict.REJECTED;
    }
}
