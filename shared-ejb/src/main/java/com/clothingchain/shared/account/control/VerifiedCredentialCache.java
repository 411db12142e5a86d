package com.clothingchain.shared.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short time, which user name and password pairs were verified, so that an API client
 * sending HTTP Basic on every request does not cost a 600,000-iteration hash each time. Only a SHA-256
 * digest of the password is kept; a changed or wrong password misses the cache and is checked in full. Each
 * hit is checked against the account's security stamp by the caller, so a reset or disable ends it at once.
 */
public final class VerifiedCredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    /** What a cache hit gives back: the groups and the account's security stamp the credential was verified with. */
    public record Verified(Set<String> groups, String stamp) {
    }

    private record Entry(byte[] digest, Verified verified, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public VerifiedCredentialCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    public Optional<Verified> lookup(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())
                || !MessageDigest.isEqual(entry.digest(), digest(username, password))) {
            return Optional.empty();
        }
        return Optional.of(entry.verified());
    }

    public void remember(String username, String password, Set<String> groups, String stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(digest(username, password), new Verified(Set.copyOf(groups), stamp),
                clock.instant().plus(timeToLive)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private static byte[] digest(String username, String password) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((username + '\0' + password).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
