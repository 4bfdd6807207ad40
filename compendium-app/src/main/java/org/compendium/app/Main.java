package org.compendium.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.compendium.app.cli.CompendiumCommand;
import org.compendium.app.cli.ConfigFile;
import org.compendium.app.cli.ExitCodes;
import java.nio.file.Path;
import org.compendium.app.cli.DraftCommand;
import org.compendium.app.cli.MandatesCommand;
import org.compendium.app.cli.MandatesEvalCommand;
import org.compendium.app.cli.LineageCommand;
import org.compendium.app.cli.LineageEvalCommand;
import org.compendium.app.cli.LinksCommand;
import org.compendium.app.cli.LinksConfirmCommand;
import org.compendium.app.cli.LinksRejectCommand;
import org.compendium.app.cli.ReferencesCommand;
import org.compendium.app.cli.EditorsAddCommand;
import org.compendium.app.cli.EditorsListCommand;
import org.compendium.app.cli.EditorsPasswordCommand;
import org.compendium.app.cli.EditorsRemoveCommand;
import org.compendium.app.cli.CorrectCommand;
import org.compendium.app.cli.EditorsCommand;
import org.compendium.app.cli.ErrorHandler;
import org.compendium.app.cli.ExportCommand;
import org.compendium.app.cli.IndexCommand;
import org.compendium.app.cli.PartBCommand;
import org.compendium.app.cli.PublishCommand;
import org.compendium.app.cli.IngestCommand;
import org.compendium.app.cli.ListCommand;
import org.compendium.app.cli.ServeCommand;
import org.compendium.app.cli.Services;
import org.compendium.app.cli.SearchCommand;
import org.compendium.app.cli.ShowCommand;
import org.compendium.app.cli.VersionsCommand;
import org.compendium.app.cli.ThemesAcceptCommand;
import org.compendium.app.cli.ThemesAddCommand;
import org.compendium.app.cli.ThemesCommand;
import org.compendium.app.cli.ThemesConsistencyCommand;
import org.compendium.app.cli.ThemesCreateCommand;
import org.compendium.app.cli.ThemesEvalCommand;
import org.compendium.app.cli.ThemesImportCommand;
import org.compendium.app.cli.ThemesKeywordsAddCommand;
import org.compendium.app.cli.ThemesKeywordsCommand;
import org.compendium.app.cli.ThemesKeywordsListCommand;
import org.compendium.app.cli.ThemesKeywordsLoadCommand;
import org.compendium.app.cli.ThemesKeywordsRemoveCommand;
import org.compendium.app.cli.ThemesLabelCommand;
import org.compendium.app.cli.ThemesListCommand;
import org.compendium.app.cli.ThemesRejectCommand;
import org.compendium.app.cli.ThemesShowCommand;
import org.compendium.app.cli.ThemesSuggestCommand;
import org.compendium.app.cli.SimilarCommand;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.ReadLimits;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;
import org.compendium.web.WebServices;
import picocli.CommandLine;

/**
 * The program's entry point: wires the reader, parser, store and commands by hand (no container, no scanning) and
 * runs the command line with UTF-8 output whatever the platform's default charset.
 */
public final class Main {
    /** Held so the setting is not garbage-collected with the logger (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; without a provider Log4j prints a status error on every DOCX run.
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        // FileDescriptor streams, not System.out: System.out encodes with the platform charset (stdout.encoding),
        // which mangles French on a POSIX or Windows code-page locale.
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // The console is present only when stdin and stdout are terminals: then the progress counter can redraw in place.
        boolean terminal = System.console() != null;
        // Lucene logs a hint about the incubating Vector API on every start; users can do nothing with it.
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        ConfigFile config;
        try {
            config = ConfigFile.locate(args, System.getenv(), Path.of(""));
        } catch (IllegalArgumentException e) {
            stderr.println("compendium: " + e.getMessage());
            System.exit(ExitCodes.USAGE);
            return;
        }
        // Before the first logger: slf4j-simple reads its level once.
        config.value("log.level").ifPresent(level -> System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level));
        CommandLine cli = commandLine(writer(stdout), writer(stderr), new Services(DocumentStore::open,
                new SourceReader(ReadLimits.defaults()), new DocumentParser(), terminal), config);
        if (config.value("store").isPresent() && cli.getCommandSpec().findOption("--store") == null) {
            stderr.println("compendium: " + config.file().orElseThrow() + ": 'store' is not supported by this "
                    + "Compendium (its store is the embedded one in the data folder); remove the key");
            System.exit(ExitCodes.USAGE);
        }
        int code = cli.execute(args);
        stdout.flush();
        stderr.flush();
        System.exit(code);
    }

    /**
     * The whole command line, wired: the parent command with its subcommands, writing to {@code out} and {@code err}.
     * Tests call this with captured writers.
     *
     * @param terminal whether stderr is a terminal, so that progress can be redrawn in place
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
        return commandLine(out, err, new Services(DocumentStore::open, new SourceReader(ReadLimits.defaults()),
                new DocumentParser(), terminal));
    }

    /** The whole command line over given services (tests pass a failing store opener), without a configuration file. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Services services) {
        return commandLine(out, err, services, ConfigFile.none());
    }

    /** The whole command line over given services, with the options' defaults from {@code config}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Services services, ConfigFile config) {
        CompendiumCommand root = new CompendiumCommand(services);
        CommandLine cli = new CommandLine(root)
                .addSubcommand(new IngestCommand(services))
                .addSubcommand(new ListCommand())
                .addSubcommand(new ShowCommand())
                .addSubcommand(new VersionsCommand())
                .addSubcommand(new ExportCommand())
                .addSubcommand(new CommandLine(new ThemesCommand())
                        .addSubcommand(new ThemesImportCommand())
                        .addSubcommand(new ThemesListCommand())
                        .addSubcommand(new ThemesShowCommand())
                        .addSubcommand(new ThemesSuggestCommand())
                        .addSubcommand(new ThemesEvalCommand())
                        .addSubcommand(new ThemesConsistencyCommand())
                        .addSubcommand(new ThemesAcceptCommand(services))
                        .addSubcommand(new ThemesRejectCommand(services))
                        .addSubcommand(new ThemesAddCommand(services))
                        .addSubcommand(new ThemesCreateCommand(services))
                        .addSubcommand(new ThemesLabelCommand(services))
                        .addSubcommand(new CommandLine(new ThemesKeywordsCommand())
                                .addSubcommand(new ThemesKeywordsListCommand())
                                .addSubcommand(new ThemesKeywordsAddCommand(services))
                                .addSubcommand(new ThemesKeywordsRemoveCommand(services))
                                .addSubcommand(new ThemesKeywordsLoadCommand(services))))
                .addSubcommand(new CorrectCommand(services))
                .addSubcommand(new CommandLine(new EditorsCommand())
                        .addSubcommand(new EditorsAddCommand(services))
                        .addSubcommand(new EditorsListCommand())
                        .addSubcommand(new EditorsRemoveCommand())
                        .addSubcommand(new EditorsPasswordCommand(services)))
                .addSubcommand(new SearchCommand())
                .addSubcommand(new SimilarCommand())
                .addSubcommand(new DraftCommand(() -> System.in))
                .addSubcommand(new ReferencesCommand())
                .addSubcommand(new CommandLine(new MandatesCommand()).addSubcommand(new MandatesEvalCommand()))
                .addSubcommand(new CommandLine(new LineageCommand()).addSubcommand(new LineageEvalCommand()))
                .addSubcommand(new CommandLine(new LinksCommand())
                        .addSubcommand(new LinksConfirmCommand(services))
                        .addSubcommand(new LinksRejectCommand(services)))
                .addSubcommand(new IndexCommand())
                .addSubcommand(new PublishCommand())
                .addSubcommand(new CommandLine(new PartBCommand())
                        .addSubcommand(new PartBCommand.Add(services))
                        .addSubcommand(new PartBCommand.Remove(services)))
                .addSubcommand(new ServeCommand(Main::webServices));
        // Set after adding the subcommands: these settings propagate only to subcommands already present.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setDefaultValueProvider(config);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler(root));
        return cli;
    }

    /** What the web server reads from: the opened store and, when not null, the opened search index. */
    public static WebServices webServices(DocumentStore store, ProvisionSearch search) {
        return WebServices.of(store, search);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
