package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;

/**
 * A user name that is no editor's is refused after as long as a wrong password, so that timing does not tell a
 * guesser which names are editors' (a ratio of the two measured in the same run, not a time limit); on each store, whose
 * lookups differ in cost (a PostgreSQL round trip is no excuse for a difference the guesser could time).
 */
class UnknownEditorTimingTest extends BothStores {
    private static final int ITERATIONS = 100_000;

    @Test
    void anUnknownEditorTakesAsLongToRefuseAsAWrongPassword() {
        try (DocumentStore store = open()) {
            ThemeEditing editing = new ThemeEditing(store, Clock.systemUTC(), ITERATIONS);
            editing.addEditor("alice", "right password".toCharArray());
            refusalTime(editing, "alice");
            refusalTime(editing, "mallory"); // warm-up of both paths
            // Interleaved, so that load on a shared machine falls on both alike; medians of seven.
            List<Long> wrong = new ArrayList<>();
            List<Long> unknown = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                wrong.add(refusalTime(editing, "alice"));
                unknown.add(refusalTime(editing, "mallory"));
            }
            long wrongPassword = median(wrong);
            long unknownEditor = median(unknown);
            // Without the dummy derivation the unknown name is refused about a thousand times faster (a lookup only),
            // a ratio near 0.001; with it, near 1.
            assertThat((double) unknownEditor / wrongPassword).as("unknown %d ns, wrong password %d ns", unknownEditor,
                    wrongPassword).isGreaterThan(0.2);
        }
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** The time of one refused login as {@code username} with a wrong password. */
    private static long refusalTime(ThemeEditing editing, String username) {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> editing.authenticate(new EditorCredentials(username, "guess".toCharArray())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage("not authorised: unknown editor or wrong password; nothing was changed");
        return System.nanoTime() - t0;
    }
}
