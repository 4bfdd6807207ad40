package org.compendium.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a store's database lives: the embedded H2 file in a data folder (the default, for one machine), or a
 * PostgreSQL database on a server ({@code --store postgresql://HOST:PORT/DB?user=U&password=P}). The one place that
 * reads a {@code --store} value (or a config file's {@code store = "…"}) and builds the JDBC URL.
 *
 * <p>Either way the store has a local <em>data folder</em> ({@link #dataDir()}, {@code --data}): the search index
 * lives there, and the embedded database too.
 */
public sealed interface StoreLocation permits StoreLocation.Embedded, StoreLocation.Postgres {
    /** The local data folder: the search index, and for {@link Embedded} the database file. */
    Path dataDir();

    /** How messages name the store: the data folder, or the server database without its password. */
    String describe();

    /** The JDBC URL to connect to (without the password). */
    String jdbcUrl();

    /** The database user. */
    String user();

    /** The database password (empty for none). */
    String password();

    /** The embedded store in {@code dataDir}. */
    static StoreLocation embedded(Path dataDir) {
        return new Embedded(dataDir);
    }

    /**
     * The store a {@code --store} value names, with {@code dataDir} as its local data folder: none (null or blank)
     * means the embedded store in {@code dataDir}; {@code postgresql://…}, {@code postgres://…} or
     * {@code jdbc:postgresql://…} a PostgreSQL database.
     *
     * @throws IllegalArgumentException when the value is neither, saying what is accepted
     */
    static StoreLocation of(String store, Path dataDir) {
        if (store == null || store.isBlank()) {
            return new Embedded(dataDir);
        }
        return Postgres.parse(store.strip(), dataDir);
    }

    /**
     * The embedded H2 database in a data folder.
     *
     * <p>The URL uses the file system's native lock ({@code FILE_LOCK=FS}), so a second process that opens the same
     * folder is refused instead of corrupting the files, and the lock goes with a killed process (H2's {@code FILE}
     * lock left a lock file that made the next open wait); within one JVM, connections to the same URL share one
     * database. {@code WRITE_DELAY=0} writes each commit to the file at once (see {@link DocumentStore} on
     * durability), {@code REUSE_SPACE=FALSE} writes each new chunk past the end of the file, never over space freed
     * while the store is open, so that a process killed mid-write cannot tear what the last commit needs
     * ({@link H2Space}), and {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to Compendium: H2's own shutdown hook would
     * otherwise close the database under a command still saving a document when Ctrl+C is pressed (the false
     * {@code FAILED ... DB_CLOSE_ON_EXIT} lines); commands close the store themselves, after the current document.
     */
    record Embedded(Path dataDir) implements StoreLocation {
        /** The database file's base name inside the data folder ({@code compendium.mv.db}). */
        static final String FILE_NAME = "compendium";

        public Embedded {
            if (dataDir == null) {
                throw new IllegalArgumentException("an embedded store needs a data folder");
            }
        }

        /** The database file. */
        Path file() {
            return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME + ".mv.db");
        }

        @Override
        public String describe() {
            return dataDir.toString();
        }

        @Override
        public String jdbcUrl() {
            return url(Durability.SYNCED);
        }

        /** The database's H2 name: the file path without {@code .mv.db}, as a share names the database it serves. */
        String database() {
            return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME).toString();
        }

        /** The H2 URL with the write delay {@code durability} asks for: the one place H2's settings are written. */
        String url(Durability durability) {
            String path = database();
            // A semicolon would start H2 URL settings, letting a folder name change how the database opens.
            if (path.indexOf(';') >= 0) {
                throw new StoreException("the data folder " + dataDir + " contains ';', which H2 cannot take in a path; "
                        + "use --data to pick another folder");
            }
            return "jdbc:h2:file:" + path + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;REUSE_SPACE=FALSE"
                    + (durability == Durability.DELAYED ? ";WRITE_DELAY=500" : ";WRITE_DELAY=0");
        }

        @Override
        public String user() {
            return "compendium";
        }

        @Override
        public String password() {
            return "";
        }
    }

    /**
     * A PostgreSQL database: host, port, database name, credentials, and any other connection properties of the
     * URL's query (e.g. {@code sslmode=require}), which go to the JDBC driver as they are.
     *
     * @param options connection properties other than {@code user} and {@code password}, in the URL's order
     */
    record Postgres(String host, int port, String database, String user, String password, Map<String, String> options,
                    Path dataDir) implements StoreLocation {
        /** PostgreSQL's port when a URL names none. */
        public static final int DEFAULT_PORT = 5432;

        /**
         * {@code [jdbc:]postgres[ql]://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE[?KEY=VALUE&...]}; HOST may be an IPv6
         * address in brackets.
         */
        private static final Pattern URL = Pattern.compile("""
                (?:jdbc:)?postgres(?:ql)?://
                (?:(?<user>[^:@/?]*)(?::(?<password>[^@/?]*))?@)?
                (?<host>\\[[0-9A-Fa-f:.]+]|[^:/?\\[\\]@]+)
                (?::(?<port>\\d{1,5}))?
                /(?<database>[^/?]+)
                (?:\\?(?<query>.*))?""", Pattern.COMMENTS);

        public Postgres {
            if (host == null || host.isBlank() || database == null || database.isBlank()) {
                throw new IllegalArgumentException("a PostgreSQL store needs a host and a database");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port " + port + " is not a TCP port");
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("a PostgreSQL store needs a local data folder for its search index");
            }
            user = user == null ? "" : user;
            password = password == null ? "" : password;
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options == null ? Map.of() : options));
        }

        static Postgres parse(String store, Path dataDir) {
            Matcher m = URL.matcher(store);
            if (!m.matches()) {
                throw new IllegalArgumentException("--store must be a PostgreSQL URL such as "
                        + "postgresql://127.0.0.1:5432/compendium?user=compendium&password=SECRET "
                        + "(or jdbc:postgresql://…), or absent for the embedded store in --data; got '" + redacted(store) + "'");
            }
            String user = decode(m.group("user"));
            String password = decode(m.group("password"));
            Map<String, String> options = new LinkedHashMap<>();
            if (m.group("query") != null && !m.group("query").isEmpty()) {
                for (String pair : m.group("query").split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    switch (key.toLowerCase(Locale.ROOT)) {
                        case "user" -> user = value;
                        case "password" -> password = value;
                        default -> options.put(key, value);
                    }
                }
            }
            int port = m.group("port") == null ? DEFAULT_PORT : Integer.parseInt(m.group("port"));
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("--store names port " + port + ", which is not a TCP port");
            }
            return new Postgres(m.group("host"), port, decode(m.group("database")), user, password, options, dataDir);
        }

        /** The same server and credentials, another database (tests give each test its own). */
        public Postgres withDatabase(String name) {
            return new Postgres(host, port, name, user, password, options, dataDir);
        }

        /** The same database with another local data folder. */
        public Postgres withDataDir(Path dir) {
            return new Postgres(host, port, database, user, password, options, dir);
        }

        @Override
        public String describe() {
            return "postgresql://" + host + ":" + port + "/" + database + (user.isEmpty() ? "" : " (user " + user + ")");
        }

        @Override
        public String jdbcUrl() {
            StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                    .append(encode(database));
            char sep = '?';
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(options).entrySet()) {
                url.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
                sep = '&';
            }
            return url.toString();
        }

        @Override
        public String toString() {
            return describe(); // never the password
        }

        private static String decode(String s) {
            return s == null ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        /** A value as an error message may show it: any password replaced. */
        private static String redacted(String store) {
            return store.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^:@/]*:)[^@/]*@", "$1***@");
        }
    }
}
