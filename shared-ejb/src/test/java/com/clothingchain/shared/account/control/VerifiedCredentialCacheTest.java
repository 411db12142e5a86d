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
        cache.remember("clerk", "pw", Set.of("clerk"));
        assertEquals(Optional.of(Set.of("clerk")), cache.groupsOf("clerk", "pw"));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(cache.groupsOf("clerk", "pw").isEmpty());
    }

    @Test
    void anotherPasswordMissesTheCache() {
        cache.remember("clerk", "pw", Set.of("clerk"));
        assertTrue(cache.groupsOf("clerk", "pw2").isEmpty());
        assertTrue(cache.groupsOf("manager", "pw").isEmpty());
    }

    @Test
    void forgettingAUserTakesEffectAtOnce() {
        cache.remember("clerk", "pw", Set.of("clerk"));
        cache.forget("clerk");
        assertTrue(cache.groupsOf("clerk", "pw").isEmpty());
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
