package org.compendium.store;

import java.nio.file.Path;

/**
 * Where a store's database lives: the H2 JDBC URL for a data folder.
 *
 * <p>The URL uses H2's default file locking ({@code FILE_LOCK=FILE}), so a second process that opens the same folder
 * is refused instead of corrupting the files; within one JVM, connections to the same URL share one database.
 */
final class StoreLocation {
    static final String USER = "compendium";
    static final String PASSWORD = "";
    /** The database file's base name inside the data folder ({@code compendium.mv.db}). */
    static final String FILE_NAME = "compendium";

    private StoreLocation() {
    }

    static String url(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME).toString();
        // A semicolon would start H2 URL settings, letting a folder name change how the database opens.
        if (path.indexOf(';') >= 0) {
            throw new StoreException("the data folder " + dataDir + " contains ';', which H2 cannot take in a path; "
                    + "use --data to pick another folder");
        }
        return "jdbc:h2:file:" + path + ";FILE_LOCK=FILE";
    }
}
