package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a {@code --store} value names: the embedded store, or a PostgreSQL database; and how it is printed. */
class StoreLocationTest {
    private static final Path DATA = Path.of("/srv/compendium");

    @Test
    void noStoreValueMeansTheEmbeddedStoreInTheDataFolder() {
        assertThat(StoreLocation.of(null, DATA)).isEqualTo(new StoreLocation.Embedded(DATA));
        assertThat(StoreLocation.of("  ", DATA)).isEqualTo(new StoreLocation.Embedded(DATA));
        assertThat(StoreLocation.of("", DATA).jdbcUrl())
                .isEqualTo("jdbc:h2:file:/srv/compendium/compendium;FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;REUSE_SPACE=FALSE;WRITE_DELAY=0");
        assertThat(StoreLocation.of("", DATA).describe()).isEqualTo("/srv/compendium");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // value | host | port | database | user | password | JDBC URL
        "postgresql://db.example.org:5433/compendium?user=comp&password=s3cret | db.example.org | 5433 | compendium | comp | s3cret | jdbc:postgresql://db.example.org:5433/compendium",
        "jdbc:postgresql://127.0.0.1/compendium?user=comp&password=s3cret | 127.0.0.1 | 5432 | compendium | comp | s3cret | jdbc:postgresql://127.0.0.1:5432/compendium",
        "postgres://comp:s%40cret@localhost:5432/comp_db | localhost | 5432 | comp_db | comp | s@cret | jdbc:postgresql://localhost:5432/comp_db",
        "postgresql://[::1]:6000/c?sslmode=require&user=u | [::1] | 6000 | c | u | '' | jdbc:postgresql://[::1]:6000/c?sslmode=require",
        "postgresql://h/d?password=p%26q&ApplicationName=x&user=u | h | 5432 | d | u | p&q | jdbc:postgresql://h:5432/d?ApplicationName=x",
    })
    void aPostgresqlUrlNamesServerDatabaseAndCredentials(String value, String host, int port, String database, String user,
                                                         String password, String jdbc) {
        StoreLocation.Postgres pg = (StoreLocation.Postgres) StoreLocation.of(value, DATA);
        assertThat(pg.host()).isEqualTo(host);
        assertThat(pg.port()).isEqualTo(port);
        assertThat(pg.database()).isEqualTo(database);
        assertThat(pg.user()).isEqualTo(user);
        assertThat(pg.password()).isEqualTo(password);
        assertThat(pg.jdbcUrl()).isEqualTo(jdbc).doesNotContain("password");
        assertThat(pg.dataDir()).isEqualTo(DATA);
        // Messages never show the password.
        assertThat(pg.describe()).isEqualTo("postgresql://" + host + ":" + port + "/" + database + " (user " + user + ")");
        assertThat(pg.toString()).isEqualTo(pg.describe());
    }

    @Test
    void otherConnectionPropertiesAreKeptInTheirOrder() {
        StoreLocation.Postgres pg = (StoreLocation.Postgres) StoreLocation.of(
                "postgresql://h/d?sslmode=verify-full&connectTimeout=5", DATA);
        assertThat(pg.options()).containsExactly(Map.entry("sslmode", "verify-full"), Map.entry("connectTimeout", "5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://h/d", "postgresql://h", "postgresql://h:port/d", "postgresql:///d",
            "/var/lib/compendium", "jdbc:h2:file:/tmp/x"})
    void anythingElseIsRefusedSayingWhatIsAccepted(String value) {
        assertThatThrownBy(() -> StoreLocation.of(value, DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--store must be a PostgreSQL URL such as postgresql://")
                .hasMessageContaining("or absent for the embedded store in --data");
    }

    @Test
    void aRefusedValueIsShownWithoutItsPassword() {
        assertThatThrownBy(() -> StoreLocation.of("postgresql://u:hunter2@h?password=hunter2", DATA))
                .hasMessageNotContaining("hunter2")
                .hasMessageContaining("got 'postgresql://u:***@h?password=***'");
    }
}
