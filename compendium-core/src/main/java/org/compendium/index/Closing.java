package org.compendium.index;

import java.io.Closeable;
import java.io.IOException;

/** Closing a Lucene resource on a failure path without hiding the failure. */
final class Closing {
    private Closing() {
    }

    /** Closes {@code resource} (if any), recording a problem in closing as suppressed by {@code cause}. */
    static void quietly(Closeable resource, Exception cause) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
