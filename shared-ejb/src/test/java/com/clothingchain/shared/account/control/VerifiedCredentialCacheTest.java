package com.clothingchain.shared.account.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedCredentialCacheTest {

    private final MutableClock clock = new MutableClock();
    private final VerifiedCredentialCache cache = new VerifiedCredentialCache(Duration.ofMinutes(2), clock);

    @Test
    void remembersAVerifiedPairUntilItExpires() {
        cache.remember("clerk", "pw", Set.of("clerk"), "stamp-1");
        assertEquals(Optional.of(new VerifiedCredentialCache.Verified(Set.of("clerk"), "stamp-1")), cache.lookup("clerk", "pw"));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(cache.lookup("clerk", "pw").isEmpty());
    }

    @Test
    void anotherPasswordMissesTheCache() {
        cache.remember("clerk", "pw", Set.of("clerk"), "stamp-1");
        assertTrue(cache.lookup("clerk", "pw2").isEmpty());
        assertTrue(cache.lookup("manager", "pw").isEmpty());
    }

    @Test
    void forgettingAUserTakesEffectAtOnce() {
        cache.remember("clerk", "pw", Set.of("clerk"), "stamp-1");
        cache.forget("clerk");
        assertTrue(cache.lookup("clerk", "pw").isEmpty());
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
