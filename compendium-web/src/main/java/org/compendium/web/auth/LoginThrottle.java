package org.compendium.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per account and per client address, so that password guessing neither succeeds nor starves
 * the server: after {@link #FREE_FAILURES} failures in a row a key (an account, or an address) must wait before its
 * next attempt, twice as long after each further failure (up to {@link #MAX_DELAY}); after {@link #LOCKOUT_FAILURES}
 * it is locked out for {@link #LOCKOUT}, which is logged. A refused attempt is answered at once, before any password
 * is hashed, so that guesses cost the server nothing and searches keep their threads and CPU. A success clears the
 * account's count and the address's.
 */
public final class LoginThrottle {
    static final int FREE_FAILURES = 10;
    static final int LOCKOUT_FAILURES = 30;
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** Keys kept at most: beyond, those whose last failure is older than the lockout are forgotten. */
    private static final int MAX_KEYS = 10_000;
    private static final System.Logger LOG = System.getLogger(LoginThrottle.class.getName());

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Failures in a row of one key, and when the last was. */
    private record Failures(int count, Instant last) {
        /** When the next attempt is allowed. */
        Instant allowedFrom() {
            if (count >= LOCKOUT_FAILURES) {
                return last.plus(LOCKOUT);
            }
            if (count < FREE_FAILURES) {
                return Instant.MIN;
            }
            long seconds = Math.min(MAX_DELAY.toSeconds(), 1L << Math.min(30, count - FREE_FAILURES));
            return last.plusSeconds(seconds);
        }
    }

    /**
     * How long {@code account} from {@code address} must still wait before trying a password; empty when it may try
     * now.
     */
    public Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Instant allowed = later(allowedFrom(accountKey(account), now), allowedFrom(addressKey(address), now));
        return allowed.isAfter(now) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
    }

    /** Records a failed attempt of {@code account} from {@code address}; logs a lockout when one begins. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(LOCKOUT).isBefore(now));
        }
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            Failures f = failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
            if (f.count() == LOCKOUT_FAILURES) {
                LOG.log(System.Logger.Level.WARNING, "login lockout: " + key + " after " + f.count()
                        + " failed logins in a row (last from address " + Sanitized.of(address) + "), until " + f.allowedFrom());
            }
        }
    }

    /** Records a successful login: the account and the address start afresh. */
    public void succeeded(String account, String address) {
        failures.remove(accountKey(account));
        failures.remove(addressKey(address));
    }

    private Instant allowedFrom(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null ? Instant.MIN : f.allowedFrom();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String account) {
        return "account '" + Sanitized.of(account == null ? "" : account.strip().toLowerCase(java.util.Locale.ROOT)) + "'";
    }

    private static String addressKey(String address) {
        return "address " + Sanitized.of(address == null ? "unknown" : address);
    }

    /** Text from a request made safe for a log line: control characters escaped, at most 100 characters. */
    static final class Sanitized {
        private Sanitized() {
        }

        static String of(String text) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < text.length() && i < 100; i++) {
                char c = text.charAt(i);
                sb.append(Character.isISOControl(c) ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
            return sb.toString();
        }
    }
}
