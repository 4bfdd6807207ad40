package org.compendium.store;

import java.nio.file.Path;

/**
 * Where a store's database lives: the H2 JDBC URL for a data folder.
 *
 * <p>The URL uses the file system's native lock ({@code FILE_LOCK=FS}), so a second process that opens the same
 * folder is refused instead of corrupting the files, and the lock goes with a killed process (H2's {@code FILE} lock
 * left a lock file that made the next open wait); within one JVM, connections to the same URL share one database.
 * {@code WRITE_DELAY=0} writes each commit to the file at once (see {@link DocumentStore} on durability), and
 * {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to Compendium: H2's own shutdown hook would otherwise close the
 * database under a command still saving a document when Ctrl+C is pressed (the false
 * {@code FAILED ... DB_CLOSE_ON_EXIT} lines); commands close the store themselves, after the current document.
 */
final class StoreLocation {
    static final String USER = "compendium";
    static final String PASSWORD = "";
    /** The database file's base name inside the data folder ({@code compendium.mv.db}). */
    static final String FILE_NAME = "compendium";

    private StoreLocation() {
    }

    /** The database file of a data folder. */
    static Path file(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME + ".mv.db");
    }

    static String url(Path dataDir) {
        return url(dataDir, Durability.SYNCED);
    }

    /** The database's H2 name: the file path without {@code .mv.db}, as a share names the database it serves. */
    static String database(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME).toString();
    }

    static String url(Path dataDir, Durability durability) {
        String path = database(dataDir);
        // A semicolon would start H2 URL settings, letting a folder name change how the database opens.
        if (path.indexOf(';') >= 0) {
            throw new StoreException("the data folder " + dataDir + " contains ';', which H2 cannot take in a path; "
                    + "use --data to pick another folder");
        }
        return "jdbc:h2:file:" + path + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE"
                + (durability == Durability.DELAYED ? ";WRITE_DELAY=500" : ";WRITE_DELAY=0");
    }
}
