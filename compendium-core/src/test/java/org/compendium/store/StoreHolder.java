package org.compendium.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for the tests of stores opened by two processes: opens the store given by its arguments (a data
 * folder, and a {@code --store} value, empty for the embedded store in that folder), prints {@code open} and the
 * number of documents, and keeps it open until its standard input closes.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (DocumentStore store = DocumentStore.open(StoreLocation.of(args.length > 1 ? args[1] : "", Path.of(args[0])))) {
            System.out.println("open " + store.documentCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait: the test closes our standard input when it is done.
            }
        }
    }
}
