package org.compendium.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void aFewFailuresCostNothingThenEachFurtherOneDoublesTheWait() {
        fail(LoginThrottle.FREE_FAILURES - 1, "alice", "10.0.0.1");
        assertThat(throttle.wait("alice", "10.0.0.1")).isEmpty();
        fail(1, "alice", "10.0.0.1");
        assertThat(throttle.wait("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));
        fail(1, "alice", "10.0.0.1");
        assertThat(throttle.wait("alice", "10.0.0.1")).contains(Duration.ofSeconds(2));
        fail(3, "alice", "10.0.0.1");
        assertThat(throttle.wait("alice", "10.0.0.1")).contains(Duration.ofSeconds(16));
        clock.advance(Duration.ofSeconds(16));
        assertThat(throttle.wait("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAccountIsThrottledFromEveryAddressAndAnAddressForEveryAccount() {
        fail(LoginThrottle.FREE_FAILURES, "alice", "10.0.0.1");
        assertThat(throttle.wait("ALICE ", "10.0.0.2")).as("same account, another address").isPresent();
        assertThat(throttle.wait("bob", "10.0.0.1")).as("same address, another account").isPresent();
        assertThat(throttle.wait("bob", "10.0.0.2")).isEmpty();
    }

    @Test
    void thirtyFailuresLockTheKeyOutForFifteenMinutes() {
        fail(LoginThrottle.LOCKOUT_FAILURES, "alice", "10.0.0.1");
        assertThat(throttle.wait("alice", "10.0.0.9")).contains(LoginThrottle.LOCKOUT);
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.wait("alice", "10.0.0.9")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.wait("alice", "10.0.0.9")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountAndTheAddress() {
        fail(LoginThrottle.FREE_FAILURES + 2, "alice", "10.0.0.1");
        throttle.succeeded("alice", "10.0.0.1");
        assertThat(throttle.wait("alice", "10.0.0.1")).isEmpty();
        assertThat(LoginThrottle.Sanitized.of("a\u001b[2Jb\n")).isEqualTo("a\\u001b[2Jb\\u000a");
    }
}
