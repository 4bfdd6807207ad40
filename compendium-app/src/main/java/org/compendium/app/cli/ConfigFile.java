package org.compendium.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The configuration file, {@code compendium.toml} (TOML): defaults for the command line's options, which flags given
 * on the command line override. Looked up at {@code --config FILE}, else {@code $COMPENDIUM_CONFIG}, else
 * {@code ./compendium.toml}; none is fine. Every key is known: a key this table does not list, a value of the wrong
 * type, or a file that is not TOML is an error naming the file, the line and the key, and the command does not run.
 *
 * <pre>
 * data = "/srv/compendium"           # --data
 * store = "postgresql://..."         # --store (when this build has it)
 * [server]
 * port = 8080                        # serve --port
 * bind = "127.0.0.1"                 # serve --host
 * threads = 32                       # serve --threads
 * [editors]
 * session_minutes = 30               # serve --session-minutes: an idle editor's session ends after this
 * [log]
 * access = "access.log"              # serve --access-log (a file, "-" for standard error, "off")
 * level = "info"                     # the server's log level: error, warn, info, debug
 * </pre>
 */
public final class ConfigFile implements CommandLine.IDefaultValueProvider {
    /** The environment variable naming the file. */
    public static final String VARIABLE = "COMPENDIUM_CONFIG";
    /** The file looked for in the current folder. */
    public static final String DEFAULT_NAME = "compendium.toml";

    /** The type a key's value must have. */
    private enum Type { STRING, INTEGER }

    /**
     * A key of the file: its dotted name, its type, and the option it gives a default to ({@code command} is the
     * subcommand's name, or null for the root's global options), or none ({@code log.level}, read by {@code Main}).
     */
    private record Key(String name, Type type, String command, String option) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("data", Type.STRING, null, "--data"),
            new Key("store", Type.STRING, null, "--store"),
            new Key("server.port", Type.INTEGER, "serve", "--port"),
            new Key("server.bind", Type.STRING, "serve", "--host"),
            new Key("server.threads", Type.INTEGER, "serve", "--threads"),
            new Key("editors.session_minutes", Type.INTEGER, "serve", "--session-minutes"),
            new Key("log.access", Type.STRING, "serve", "--access-log"),
            new Key("log.level", Type.STRING, null, null));

    private static final List<String> LEVELS = List.of("error", "warn", "info", "debug");

    private final Path file;
    private final Map<String, String> values;

    private ConfigFile(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** No file: every option keeps its own default. */
    public static ConfigFile none() {
        return new ConfigFile(null, Map.of());
    }

    /** The file this configuration came from, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The value of a key as the file wrote it (numbers as decimal text), if given. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Finds and reads the configuration for these arguments: {@code --config FILE} (or {@code --config=FILE})
     * anywhere among them, else {@code environment}'s {@value #VARIABLE}, else {@value #DEFAULT_NAME} in
     * {@code workingDir}; {@link #none} when there is no such file and none was named.
     *
     * @throws IllegalArgumentException with the file, line and key when it cannot be used
     */
    public static ConfigFile locate(String[] args, Map<String, String> environment, Path workingDir) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--config")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--config needs a FILE");
                }
                return read(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--config=")) {
                return read(Path.of(args[i].substring("--config=".length())));
            }
        }
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            return read(Path.of(named));
        }
        Path local = workingDir.resolve(DEFAULT_NAME);
        return Files.isRegularFile(local) ? read(local) : none();
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws IllegalArgumentException with the file, line and key when it is missing, not TOML, has an unknown key
     *                                  or a value of the wrong type
     */
    public static ConfigFile read(Path file) {
        TomlParseResult toml;
        try {
            toml = Toml.parse(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the configuration file " + file + ": " + e.getMessage());
        }
        if (!toml.errors().isEmpty()) {
            TomlParseError first = toml.errors().getFirst();
            throw new IllegalArgumentException(where(file, first.position()) + ": not valid TOML: " + first.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<List<String>, Object> e : toml.entryPathSet(false)) {
            String name = String.join(".", e.getKey());
            TomlPosition at = toml.inputPositionOf(e.getKey());
            Key key = KEYS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(where(file, at) + ": unknown key '" + name + "'; the keys are "
                            + KEYS.stream().map(Key::name).toList()));
            Object v = e.getValue();
            String text = switch (key.type()) {
                case STRING -> v instanceof String s ? s : null;
                case INTEGER -> v instanceof Long n ? Long.toString(n) : null;
            };
            if (text == null) {
                throw new IllegalArgumentException(where(file, at) + ": '" + name + "' must be "
                        + (key.type() == Type.STRING ? "a string in quotes" : "a whole number") + ", not " + v);
            }
            if (name.equals("log.level") && !LEVELS.contains(text)) {
                throw new IllegalArgumentException(where(file, at) + ": 'log.level' must be one of " + LEVELS
                        + ", not '" + text + "'");
            }
            values.put(name, text);
        }
        return new ConfigFile(file, values);
    }

    private static String where(Path file, TomlPosition at) {
        return file + (at == null ? "" : ":" + at.line());
    }

    /** The file's value for an option, as its default; null (the option's own default) when the file has none. */
    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || arg.command() == null) {
            return null;
        }
        String command = arg.command().parent() == null ? null : arg.command().name();
        for (Key k : KEYS) {
            if (k.option() != null && option.longestName().equals(k.option()) && values.containsKey(k.name())
                    && (k.command() == null ? command == null || isInherited(option) : k.command().equals(command))) {
                return values.get(k.name());
            }
        }
        return null;
    }

    private static boolean isInherited(OptionSpec option) {
        return option.inherited() || option.scopeType() == CommandLine.ScopeType.INHERIT;
    }
}
