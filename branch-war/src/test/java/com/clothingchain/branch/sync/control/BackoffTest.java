package com.clothingchain.branch.sync.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void theFirstRetryComesWithinAMinute() {
        assertEquals(Duration.ofSeconds(24), backoff.delayAfter(1, 0.0));
        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1, 0.5));
        assertTrue(backoff.delayAfter(1, 0.9999).compareTo(Duration.ofMinutes(1)) < 0);
    }

    @Test
    void delaysDoubleUntilTheCap() {
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2, 0.5));
        assertEquals(Duration.ofSeconds(120), backoff.delayAfter(3, 0.5));
        assertEquals(Duration.ofMinutes(15), backoff.delayAfter(10, 0.5));
        assertEquals(Duration.ofMinutes(15), backoff.delayAfter(1000, 0.9999), "never above the cap, even with jitter");
        assertEquals(Duration.ofMinutes(12), backoff.delayAfter(1000, 0.0), "jitter spreads capped delays too");
    }
}
