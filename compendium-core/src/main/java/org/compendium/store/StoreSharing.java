package org.compendium.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.h2.tools.Server;

/**
 * The embedded store shared with other processes while a server has it open: the process that holds the database
 * file (the {@code serve} command) runs an H2 TCP server for it on the loopback interface, and other Compendium
 * processes on the same data folder ({@code ingest}, {@code list}, {@code export}...) connect to it instead of being
 * refused by the file lock.
 *
 * <p>Why not H2's own {@code AUTO_SERVER=TRUE}: H2 refuses it together with {@code DB_CLOSE_ON_EXIT=FALSE}, which
 * Ctrl+C during an ingest needs, and it would need {@code FILE_LOCK=FILE}, whose lock file outlives a killed process
 * and makes the next open wait; it also listens on every interface. Here the file lock stays {@code FS} (it goes
 * with a killed process), only the holder's database is reachable, and only with a random key that the holder
 * writes, readable by its user alone, to {@value #FILE} in the data folder. Durability is the holder's: its URL
 * sets {@code WRITE_DELAY=0}, and every write transaction of a connected process still ends with
 * {@code CHECKPOINT SYNC}, run by the holder before the commit returns.
 *
 * <p>A connection made this way lives as long as the holder: when the server stops, the other processes' next
 * statement fails (they are short commands; run them again).
 */
final class StoreSharing {
    /** The file in the data folder that names the holder's TCP port and key, present while it shares. */
    static final String FILE = "store-server.properties";
    private static final String LOOPBACK = "127.0.0.1";

    static {
        // H2 reads its bind address once, when its classes load: listen on this machine only, never on 0.0.0.0.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", LOOPBACK);
        }
    }

    private StoreSharing() {
    }

    /** Loads this class (and so sets H2's bind address) before H2's own classes load. */
    static void prepare() {
        // The static initializer does the work.
    }

    /** A running share: stop it (before closing the store) to end it and remove {@value #FILE}. */
    static final class Share implements AutoCloseable {
        private final Server server;
        private final Path file;

        private Share(Server server, Path file) {
            this.server = server;
            this.file = file;
        }

        /** The TCP port on the loopback interface. */
        int port() {
            return server.getPort();
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A stale file is harmless: a connection attempt to a stopped server fails and the open goes on.
            }
            server.stop();
        }
    }

    /**
     * Starts sharing the database at {@code database} (its H2 file name, as opened by this process).
     *
     * @throws StoreException when the server or its file cannot be started or written
     */
    static Share start(Path dataDir, String database) {
        String key = "compendium_" + HexFormat.of().formatHex(randomBytes());
        Server server;
        try {
            server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, database).start();
        } catch (SQLException e) {
            throw new StoreException("cannot share the store at " + dataDir + " with other processes: " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE);
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(server.getPort()));
        p.setProperty("key", key);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try {
            Path tmp = Files.createTempFile(dataDir, FILE, ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the data folder's own permissions protect the key.
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Compendium: the process " + ProcessHandle.current().pid() + " shares this store; "
                        + "removed when it stops");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            server.stop();
            throw new StoreException("cannot share the store at " + dataDir + ": cannot write " + file + ": "
                    + e.getMessage(), e);
        }
        return new Share(server, file);
    }

    /**
     * Connects to the process that shares the store of {@code dataDir}; empty when none does (no file, or a stale
     * one left by a killed server: nothing answers on its port).
     */
    static Optional<Connection> connect(Path dataDir) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve(FILE))) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String port = p.getProperty("port", "");
        String key = p.getProperty("key", "");
        if (!port.matches("\\d{1,5}") || !key.matches("compendium_[0-9a-f]+")) {
            return Optional.empty();
        }
        try {
            StoreLocation local = StoreLocation.embedded(dataDir); // the holder's user: the share serves its database
            return Optional.of(DriverManager.getConnection(url(Integer.parseInt(port), key), local.user(), local.password()));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code c} reaches its database through another process's share. */
    static boolean isShared(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:h2:tcp:");
    }

    private static String url(int port, String key) {
        return "jdbc:h2:tcp://" + LOOPBACK + ":" + port + "/" + key;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
