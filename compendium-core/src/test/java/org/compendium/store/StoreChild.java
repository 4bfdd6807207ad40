package org.compendium.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * A second process for the durability tests, killed by them: {@code save DIR SOURCE SHA} saves a fixture document
 * and prints {@code saved}; {@code partial DIR SOURCE SHA} writes one without committing (replacing any earlier copy
 * of that source), forces the uncommitted rows into the file, and prints {@code partial}. Then both wait, the store
 * open, until the test kills them.
 */
public final class StoreChild {
    private StoreChild() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path dir = Path.of(args[1]);
        DocumentStore store = DocumentStore.open(dir);
        if (args[0].equals("save")) {
            store.save(StoreFixtures.wg7Report(args[2], args[3]));
            System.out.println("saved");
        } else {
            DocumentWriter writer = new DocumentWriter(store.connection());
            writer.deleteEarlierCopies(args[2], args[3]);
            writer.insert(StoreFixtures.wg7Report(args[2], args[3]), Instant.now());
            // Another session of the same database writes everything, the open transaction's rows included, to disk.
            try (Connection other = DriverManager.getConnection(StoreLocation.url(dir), StoreLocation.USER, StoreLocation.PASSWORD);
                 Statement s = other.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
            System.out.println("partial");
        }
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait to be killed.
        }
    }
}
