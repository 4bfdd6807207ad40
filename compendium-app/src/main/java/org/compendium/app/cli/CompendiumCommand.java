package org.compendium.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.compendium.index.IndexException;
import org.compendium.index.LanguageAnalyzers;
import org.compendium.parse.language.LanguageDetector;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.ThemeNames;
import org.compendium.pipeline.EditorChanges;
import org.compendium.pipeline.IndexCatchUp;
import org.compendium.pipeline.ThemeReindex;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreException;
import org.compendium.store.StoreLocation;
import org.compendium.themes.ThemeEditing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The parent command, {@code compendium}: holds the global options ({@code --data}, {@code --store},
 * {@code --verbose}), which every subcommand inherits, and opens the store for them.
 */
@Command(name = "compendium", mixinStandardHelpOptions = true, version = "Compendium 0.1.0",
        description = "Turns UN documents of the Conference of the Parties to the Organized Crime Convention and its "
                + "working groups (CTOC/COP/WG.4, CTOC/COP/WG.7) into structured, cited provisions.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:success (ingest: every file ingested)",
            "1:ingest: some files rejected, the others ingested; show: no provision with that citation",
            "2:usage error (unknown option, missing argument, malformed citation or filter value)",
            "3:store or index error (data folder in use by another process, written by a newer Compendium, not writable;"
                    + " no search index yet)",
            "4:ingest: nothing ingested (every file rejected, or no document file found)",
            "5:unexpected internal error (please report it; --verbose prints details)",
            "6:themes accept|reject|add: not authorised (unknown editor or wrong password); nothing changed"},
        footer = {"%nExamples:",
            "  compendium ingest ../shared/corpus/fr",
            "  compendium list --body WG.7",
            "  compendium show \"COP res. 11/5 op. 4(b)\"",
            "  compendium export --format json --output compendium.json",
            "  compendium themes import",
            "  compendium themes suggest --unthemed",
            "  compendium search \"voies de migration régulière\" --filter body=WG.7",
            "  compendium similar \"CTOC/COP/WG.7 meeting 1 rec. 20\""})
public final class CompendiumCommand implements Callable<Integer> {
    /** What a command that writes the store says when a server holds it: the server, not this command, indexes. */
    static final String SERVER_INDEXES = "the server running on this data folder brings its search index up to date "
            + "within seconds";

    private final Services services;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            defaultValue = "${env:COMPENDIUM_DATA:-.compendium}",
            description = "The data folder holding the store. Default: $COMPENDIUM_DATA if set, else .compendium "
                    + "in the current folder (now: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The configuration file (TOML) giving the options' defaults; flags given here override it. "
                    + "Default: $COMPENDIUM_CONFIG if set, else ./compendium.toml when present.")
    Path config;

    @Option(names = "--store", paramLabel = "URL", scope = ScopeType.INHERIT,
            defaultValue = "${env:COMPENDIUM_STORE:-}", showDefaultValue = CommandLine.Help.Visibility.NEVER,
            description = "A PostgreSQL database as the store instead of the embedded one in --data: "
                    + "postgresql://HOST:PORT/DB?user=U&password=P (or jdbc:postgresql://...). The search index stays "
                    + "in --data. Default: $COMPENDIUM_STORE if set (keeps the password off the command line), else "
                    + "the embedded store.")
    String store;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces of unexpected errors.")
    boolean verbose;

    public CompendiumCommand(Services services) {
        this.services = services;
    }

    /** Without a subcommand there is nothing to do: show the usage and fail as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("compendium: missing command; choose one of " + spec.subcommands().keySet());
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The data folder chosen with {@code --data} (or its default). */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Where the store is: {@code --store}'s PostgreSQL database, else the embedded store in the data folder.
     *
     * @throws ParameterException when {@code --store} is not a PostgreSQL URL (a usage error, exit 2)
     */
    public StoreLocation storeLocation() {
        try {
            return StoreLocation.of(store, dataDir);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, store);
        }
    }

    /** Whether output goes to a terminal (ANSI highlighting, progress redrawn in place). */
    boolean terminal() {
        return services.terminal();
    }

    /** Whether {@code --verbose} was given. */
    public boolean verbose() {
        return verbose;
    }

    /** Opens the store of the root command above {@code spec} (nested subcommands reach it this way). */
    static DocumentStore openStore(CommandSpec spec) {
        return ((CompendiumCommand) spec.root().userObject()).openStore();
    }

    /** Opens the store ({@link #storeLocation()}); the caller closes it. */
    DocumentStore openStore() {
        return services.stores().open(storeLocation());
    }

    /** Opens the search index of the data folder for writing, with the themes the store holds; the caller closes it. */
    ProvisionIndex openIndex(DocumentStore store) {
        return ThemeReindex.open(store, ProvisionIndex.folder(dataDir));
    }

    /**
     * Brings the search index's themes in step with the store after a theme change: the documents the change touched,
     * or the whole index after an import (as the store generation recorded them). Says what it did on
     * {@code out}; when the index cannot be written (another process writes it), says so on {@code err}.
     *
     * @return whether the index is in step (or there is no index)
     */
    static boolean reindexThemes(CommandSpec spec, DocumentStore store) {
        CompendiumCommand root = (CompendiumCommand) spec.root().userObject();
        Path dir = ProvisionIndex.folder(root.dataDir);
        if (store.heldByAnotherProcess()) {
            spec.commandLine().getOut().println(SERVER_INDEXES);
            return true;
        }
        try {
            ThemeReindex.Report r = ThemeReindex.catchUp(store, dir);
            if (r.indexed()) {
                spec.commandLine().getOut().println("search index updated: " + Counts.of(r.provisions(), "provision") + " of "
                        + Counts.of(r.documents(), "document") + " re-indexed with their themes");
            }
            return true;
        } catch (IndexException e) {
            spec.commandLine().getErr().println("the theme change is stored, but the search index was NOT updated: "
                    + e.getMessage() + "; then run `compendium index rebuild`");
            return false;
        }
    }

    /**
     * Brings the search index in step with the store when it lags (an ingest was killed, or failed to index a
     * document), saying so on {@code err}; nothing when there is no index yet. A search needs the index only: when
     * another process has the store open (a server, an ingest: they keep the index in step themselves) it searches
     * the index as it is. Returns the labels of the store's themes, which a search matches ({@link ThemeNames}):
     * none when there is no index or the store is in another process's hands.
     */
    ThemeNames catchUpIndex(String command, PrintWriter err) {
        if (!Files.isDirectory(ProvisionIndex.folder(dataDir))) {
            return ThemeNames.NONE;
        }
        try (DocumentStore store = openStore()) {
            catchUpIndex(command, store, err);
            return ThemeNames.of(store.themes().themes());
        } catch (StoreException e) {
            if (!e.inUse()) {
                throw e;
            }
            return ThemeNames.NONE;
        }
    }

    /** {@link #catchUpIndex(String, PrintWriter)} over a store the caller opened. */
    void catchUpIndex(String command, DocumentStore store, PrintWriter err) {
        if (store.heldByAnotherProcess() || !Files.isDirectory(ProvisionIndex.folder(dataDir))) {
            return;
        }
        try (ProvisionIndex index = openIndex(store)) {
            IndexCatchUp.Report r = IndexCatchUp.run(store, index);
            if (r.lagged()) {
                err.println("compendium " + command + ": " + r.describe());
                err.flush();
            }
        } catch (IndexException e) {
            err.println("compendium " + command + ": could not bring the search index in step with the store: "
                    + e.getMessage());
            err.flush();
        }
    }

    /** The editing use case over this command's data folder: a change, then its documents re-indexed. */
    static EditorChanges editorChanges(CommandSpec spec, DocumentStore store, ThemeEditing editing) {
        CompendiumCommand root = (CompendiumCommand) spec.root().userObject();
        if (store.heldByAnotherProcess()) {
            spec.commandLine().getOut().println(SERVER_INDEXES);
            return new EditorChanges(editing, store, null, null);
        }
        return new EditorChanges(editing, store, ProvisionIndex.folder(root.dataDir), null);
    }

    /** Says what re-indexing after an edit did; returns whether the index is in step (or there is no index). */
    static boolean reportIndex(CommandSpec spec, EditorChanges.Outcome<?> o) {
        if (o.indexError() != null) {
            spec.commandLine().getErr().println("the change is stored, but the search index was NOT updated: "
                    + o.indexError() + "; then run `compendium index rebuild`");
            return false;
        }
        if (o.index().indexed()) {
            spec.commandLine().getOut().println("search index updated: " + Counts.of(o.index().provisions(), "provision") + " of "
                    + Counts.of(o.index().documents(), "document") + " re-indexed with their themes");
        }
        return true;
    }

    /** Opens the search index of the data folder for searching; the caller closes it. */
    ProvisionSearch openSearch() {
        return ProvisionSearch.open(ProvisionIndex.folder(dataDir), LanguageAnalyzers.defaults(),
                LanguageDetector.standard()::detect);
    }
}
