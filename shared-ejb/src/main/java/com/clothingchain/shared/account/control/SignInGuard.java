package com.clothingchain.shared.account.control;

import com.clothingchain.shared.config.Setting;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Brute-force protection of sign-ins, checked before any password hash is computed.
 * <ul>
 * <li>Every attempt is counted the moment it arrives (so N guesses sent at once count as N), per account and
 * address, and per address alone. After {@value #FREE_PER_ACCOUNT_AND_ADDRESS} failures of one account from one
 * address, or {@value #FREE_PER_ADDRESS} from one address, that address must wait before its next attempt:
 * 1 s, then twice as long after each further failure, at most 15 minutes. A success clears the account's count
 * for that address.</li>
 * <li>The delays are per address, not a lock of the account: an attacker can slow down only their own
 * attempts, never keep the account's owner (the only administrator, say) out from elsewhere.</li>
 * <li>At most {@code permits} password checks run at once; a check that finds none free within
 * {@value #WAIT_FOR_PERMIT_MS} ms is refused at once (503), so a flood of bad credentials can not take the CPU.</li>
 * </ul>
 * Counts live in this JVM's memory (Caffeine, bounded in size) and start again 30 minutes after their first
 * failure once no delay is running, so an address where people now and then mistype is not held up for ever.
 */
@ApplicationScoped
public class SignInGuard {

    public static final int FREE_PER_ACCOUNT_AND_ADDRESS = 5;
    public static final int FREE_PER_ADDRESS = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final long WAIT_FOR_PERMIT_MS = 100;
    static final Duration WINDOW = Duration.ofMinutes(30);

    /**
     * Failures counted since {@code since} (a count older than {@link #WINDOW} starts again), and the instant before
     * which the next attempt is refused.
     */
    private record Tally(int failures, Instant blockedUntil, boolean refusedSinceBlock, Instant since) {

        Tally less() {
            return new Tally(failures - 1, blockedUntil, refusedSinceBlock, since);
        }
    }

    /** The outcome of {@link #admit}: either a go-ahead, or how long to wait and whether this begins a lockout. */
    public record Admission(boolean admitted, long retryAfterSeconds, boolean firstRefusal) {
    }

    private final Cache<String, Tally> tallies = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(200_000).build();
    private final Semaphore checks;
    private final Clock clock;

    /** {@code chain.security.password-checks} permits, by default half the processors (at least one). */
    public SignInGuard() {
        this(Setting.lookup("chain.security.password-checks").map(Integer::parseInt)
                .orElse(Runtime.getRuntime().availableProcessors() / 2), Clock.systemUTC());
    }

    SignInGuard(int permits, Clock clock) {
        this.checks = new Semaphore(Math.max(1, permits));
        this.clock = clock;
    }

    /** Counts an attempt to sign in as {@code username} from {@code address}; refuses it while that must wait. */
    public Admission admit(String username, String address) {
        Instant now = clock.instant();
        Admission byAddress = count(addressKey(address), FREE_PER_ADDRESS, now);
        Admission byAccount = count(pairKey(username, address), FREE_PER_ACCOUNT_AND_ADDRESS, now);
        if (!byAddress.admitted()) {
            return byAddress;
        }
        return byAccount;
    }

    /**
     * The attempt was right: the account's count from this address ends, and the address's count takes this attempt
     * back; an address whose count falls below its free attempts is no longer held up.
     */
    public void succeeded(String username, String address) {
        tallies.invalidate(pairKey(username, address));
        takeBack(addressKey(address), FREE_PER_ADDRESS);
    }

    /** The attempt was not checked at all (no capacity): both counts take it back. */
    public void notChecked(String username, String address) {
        takeBack(pairKey(username, address), FREE_PER_ACCOUNT_AND_ADDRESS);
        takeBack(addressKey(address), FREE_PER_ADDRESS);
    }

    private void takeBack(String key, int free) {
        tallies.asMap().computeIfPresent(key, (k, tally) -> {
            Tally less = tally.less();
            return less.failures() <= 0 ? null : less.failures() < free
                    ? new Tally(less.failures(), Instant.MIN, false, less.since()) : less;
        });
    }

    /** Failures counted against this address (for tests and the log). */
    public int failuresFrom(String address) {
        return Optional.ofNullable(tallies.getIfPresent(addressKey(address))).map(Tally::failures).orElse(0);
    }

    /** A permit to compute one password hash, or false when all are taken (answer 503). Release it afterwards. */
    public boolean tryStartCheck() {
        try {
            return checks.tryAcquire(WAIT_FOR_PERMIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void endCheck() {
        checks.release();
    }

    private Admission count(String key, int free, Instant now) {
        Admission[] result = new Admission[1];
        tallies.asMap().compute(key, (k, old) -> {
            Tally tally = old == null || old.since().plus(WINDOW).isBefore(now) && !now.isBefore(old.blockedUntil())
                    ? new Tally(0, Instant.MIN, false, now) : old;
            if (now.isBefore(tally.blockedUntil())) {
                long wait = Math.max(1, Duration.between(now, tally.blockedUntil()).toSeconds());
                result[0] = new Admission(false, wait, !tally.refusedSinceBlock());
                return new Tally(tally.failures() + 1, tally.blockedUntil(), true, tally.since());
            }
            int failures = tally.failures() + 1;
            Instant blockedUntil = failures >= free ? now.plus(delay(failures - free)) : tally.blockedUntil();
            result[0] = new Admission(true, 0, false);
            return new Tally(failures, blockedUntil, false, tally.since());
        });
        return result[0];
    }

    /** 1 s after the last free failure, doubling with each further one, at most {@link #MAX_DELAY}. */
    static Duration delay(int beyondFree) {
        if (beyondFree >= 20) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << beyondFree);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String addressKey(String address) {
        return "address|" + address;
    }

    private static String pairKey(String username, String address) {
        return "account|" + address + "|" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }
}
