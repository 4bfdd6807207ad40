package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.compendium.app.Main;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** compendium.toml: found at --config, $COMPENDIUM_CONFIG, ./compendium.toml; flags override it; unknown keys refused. */
class ConfigFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private CommandLine cli(ConfigFile config) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new Services(DocumentStore::open, new SourceReader(), new DocumentParser(), false), config);
    }

    @Test
    void theFileGivesDefaultsAndFlagsOverrideThem() throws IOException {
        Path file = write("c.toml", """
                data = "/srv/compendium"
                [server]
                port = 9090
                bind = "127.0.0.2"
                threads = 12
                [editors]
                session_minutes = 45
                [log]
                access = "off"
                """);
        ConfigFile config = ConfigFile.read(file);
        CommandLine cli = cli(config);
        CommandLine.ParseResult parsed = cli.parseArgs("serve", "--port", "7070");
        CommandLine.ParseResult serve = parsed.subcommand();
        assertThat((Integer) serve.matchedOptionValue("--port", 0)).isEqualTo(7070);
        ServeCommand command = (ServeCommand) serve.commandSpec().userObject();
        assertThat(command.port).isEqualTo(7070);
        assertThat(command.host).isEqualTo("127.0.0.2");
        assertThat(command.threads).isEqualTo(12);
        assertThat(command.sessionMinutes).isEqualTo(45);
        assertThat(command.accessLog).isEqualTo("off");
        assertThat(((CompendiumCommand) cli.getCommand()).dataDir()).isEqualTo(Path.of("/srv/compendium"));

        CommandLine plain = cli(ConfigFile.none());
        plain.parseArgs("serve");
        ServeCommand defaults = (ServeCommand) plain.getSubcommands().get("serve").getCommand();
        assertThat(defaults.port).isEqualTo(8080);
        assertThat(defaults.threads).isEqualTo(32);
    }

    @Test
    void anUnknownKeyNamesTheFileTheLineAndTheKey() throws IOException {
        Path file = write("bad.toml", """
                data = "x"

                [server]
                prot = 8080
                """);
        assertThatThrownBy(() -> ConfigFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":4: unknown key 'server.prot'").hasMessageContaining("server.port");
    }

    @Test
    void aValueOfTheWrongTypeOrBrokenTomlIsRefusedWithItsLine() throws IOException {
        Path wrongType = write("type.toml", "[server]\nport = \"8080\"\n");
        assertThatThrownBy(() -> ConfigFile.read(wrongType))
                .hasMessageStartingWith(wrongType + ":2: 'server.port' must be a whole number");
        Path broken = write("broken.toml", "data = \n");
        assertThatThrownBy(() -> ConfigFile.read(broken)).hasMessageStartingWith(broken + ":1: not valid TOML");
        Path level = write("level.toml", "[log]\nlevel = \"loud\"\n");
        assertThatThrownBy(() -> ConfigFile.read(level)).hasMessageContaining("'log.level' must be one of");
    }

    @Test
    void lookupOrderIsTheFlagThenTheVariableThenTheWorkingFolder() throws IOException {
        Path flag = write("flag.toml", "data = \"from-flag\"\n");
        Path env = write("env.toml", "data = \"from-env\"\n");
        write(ConfigFile.DEFAULT_NAME, "data = \"from-folder\"\n");
        Map<String, String> environment = Map.of(ConfigFile.VARIABLE, env.toString());
        assertThat(ConfigFile.locate(new String[] {"--config", flag.toString(), "list"}, environment, dir).value("data"))
                .hasValue("from-flag");
        assertThat(ConfigFile.locate(new String[] {"list", "--config=" + flag}, environment, dir).value("data"))
                .hasValue("from-flag");
        assertThat(ConfigFile.locate(new String[] {"list"}, environment, dir).value("data")).hasValue("from-env");
        assertThat(ConfigFile.locate(new String[] {"list"}, Map.of(), dir).value("data")).hasValue("from-folder");
        assertThat(ConfigFile.locate(new String[] {"list"}, Map.of(), dir.resolve("elsewhere")).file()).isEmpty();
        assertThatThrownBy(() -> ConfigFile.locate(new String[] {"--config", dir.resolve("missing.toml").toString()},
                Map.of(), dir)).hasMessageContaining("cannot read the configuration file");
    }
}
