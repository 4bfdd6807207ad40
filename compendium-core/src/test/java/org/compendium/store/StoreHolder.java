package org.compendium.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for the locked-store test: opens the store in the folder given as its argument, prints
 * {@code open}, and keeps it open until its standard input closes.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (DocumentStore store = DocumentStore.open(Path.of(args[0]))) {
            System.out.println("open " + store.documentCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait: the test closes our standard input when it is done.
            }
        }
    }
}
