package org.compendium.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The base of a test class that runs every one of its tests on each store: the embedded H2 one and PostgreSQL (see
 * {@link TestStores} for the server, and why the PostgreSQL runs may be skipped). Each test gets a new, empty store
 * ({@link #location}) whose local data folder is a temporary folder ({@link #dir}).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreKind.class)
public abstract class BothStores {
    @Parameter
    protected StoreKind kind;

    @TempDir
    protected Path dir;

    /** This test's store. */
    protected StoreLocation location;

    @BeforeEach
    protected void newStore() {
        location = TestStores.create(kind, dir);
    }

    @AfterEach
    protected void dropStore() {
        if (location != null) {
            TestStores.drop(location);
        }
    }

    /** Opens this test's store. */
    protected DocumentStore open() {
        return DocumentStore.open(location);
    }
}
