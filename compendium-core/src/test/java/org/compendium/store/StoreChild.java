package org.compendium.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * A second process for the durability tests, killed by them: {@code save DIR STORE SOURCE SHA} saves a fixture
 * document and prints {@code saved}; {@code partial DIR STORE SOURCE SHA} writes one without committing (replacing
 * any earlier copy of that source), forces the uncommitted rows to disk (a checkpoint from another session), and
 * prints {@code partial}. Then both wait, the store open, until the test kills them. STORE is a {@code --store} value
 * ({@link TestStores#storeArgument}), empty for the embedded store in DIR.
 */
public final class StoreChild {
    private StoreChild() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        StoreLocation location = StoreLocation.of(args[2], Path.of(args[1]));
        DocumentStore store = DocumentStore.open(location);
        if (args[0].equals("save")) {
            store.save(StoreFixtures.wg7Report(args[3], args[4]));
            System.out.println("saved");
        } else {
            DocumentWriter writer = new DocumentWriter(store.connection());
            writer.deleteEarlierCopies(args[3], args[4]);
            writer.insert(StoreFixtures.wg7Report(args[3], args[4]), Instant.now());
            // Another session of the same database writes everything, the open transaction's rows included, to disk.
            try (Connection other = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
                 Statement s = other.createStatement()) {
                s.execute(location instanceof StoreLocation.Embedded ? "CHECKPOINT SYNC" : "CHECKPOINT");
            }
            System.out.println("partial");
        }
        System.out.flush();
        while (System.in.read() >= 0) {
            // Wait to be killed.
        }
    }
}
