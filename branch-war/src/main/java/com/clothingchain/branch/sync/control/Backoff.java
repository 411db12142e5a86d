package com.clothingchain.branch.sync.control;

import java.time.Duration;

/**
 * How long to wait before the next attempt: {@code first} after the first failure, doubling after each
 * further one, never more than {@code max}, each spread by ±20 % so that branches do not retry in step.
 */
public record Backoff(Duration first, Duration max) {

    private static final double JITTER = 0.2;

    /** @param random a number in [0, 1) */
    public Duration delayAfter(int failures, double random) {
        double factor = 1 - JITTER + 2 * JITTER * random;
        long base = first.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        long capped = Math.min(base, max.toMillis());
        return Duration.ofMillis(Math.min(Math.round(capped * factor), max.toMillis()));
    }
}
