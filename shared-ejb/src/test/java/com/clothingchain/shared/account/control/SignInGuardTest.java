package com.clothingchain.shared.account.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInGuardTest {

    private final VerifiedCredentialCacheTest.MutableClock clock = new VerifiedCredentialCacheTest.MutableClock();
    private final SignInGuard guard = new SignInGuard(1, clock);

    @Test
    void anAccountFromOneAddressGetsFiveTriesThenDoublingDelays() {
        for (int i = 0; i < SignInGuard.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertTrue(guard.admit("ann", "10.0.0.1").admitted(), "attempt " + (i + 1));
        }
        SignInGuard.Admission refused = guard.admit("ann", "10.0.0.1");
        assertFalse(refused.admitted());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(refused.firstRefusal(), "the first refusal of a block is the one to audit");
        assertFalse(guard.admit("ann", "10.0.0.1").firstRefusal());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(guard.admit("ann", "10.0.0.1").admitted(), "after the delay, one more try");
        SignInGuard.Admission next = guard.admit("ann", "10.0.0.1");
        assertFalse(next.admitted());
        // 5 free failures, 2 refused attempts, 1 more failure: the 8th counted attempt waits 2^3 s.
        assertEquals(8, next.retryAfterSeconds(), "refused attempts count too");
    }

    @Test
    void theOwnerFromAnotherAddressIsNotHeldUp() {
        for (int i = 0; i < 12; i++) {
            guard.admit("admin", "203.0.113.9");
        }
        assertFalse(guard.admit("admin", "203.0.113.9").admitted());
        assertTrue(guard.admit("admin", "10.0.0.2").admitted(), "no lock of the account for everyone");
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledToo() {
        for (int i = 0; i < SignInGuard.FREE_PER_ADDRESS; i++) {
            assertTrue(guard.admit("user" + i, "198.51.100.7").admitted());
        }
        assertFalse(guard.admit("someone-new", "198.51.100.7").admitted());
    }

    @Test
    void aSuccessClearsTheAccountsCountFromThatAddress() {
        for (int i = 0; i < 4; i++) {
            guard.admit("ben", "10.0.0.3");
        }
        guard.succeeded("ben", "10.0.0.3");
        for (int i = 0; i < SignInGuard.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertTrue(guard.admit("ben", "10.0.0.3").admitted());
        }
        assertEquals(SignInGuard.FREE_PER_ACCOUNT_AND_ADDRESS + 3, guard.failuresFrom("10.0.0.3"),
                "the address keeps its failures; the success took back only its own attempt");
    }

    @Test
    void fortyGuessesAtOnceAreAllCountedAndOnlyFiveGetThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger admitted = new AtomicInteger();
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> {
                start.await();
                if (guard.admit("cara", "10.0.0.4").admitted()) {
                    admitted.incrementAndGet();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(SignInGuard.FREE_PER_ACCOUNT_AND_ADDRESS, admitted.get());
        assertEquals(40, guard.failuresFrom("10.0.0.4"));
    }

    @Test
    void anAttemptNotCheckedForLackOfCapacityIsTakenBack() {
        for (int i = 0; i < 10; i++) {
            assertTrue(guard.admit("dan", "10.0.0.5").admitted());
            guard.notChecked("dan", "10.0.0.5");
        }
        assertEquals(0, guard.failuresFrom("10.0.0.5"), "503s are no guesses");
    }

    @Test
    void countsStartAgainHalfAnHourAfterTheirFirstFailure() {
        for (int i = 0; i < SignInGuard.FREE_PER_ADDRESS - 1; i++) {
            guard.admit("user" + i, "10.0.0.6");
        }
        clock.advance(SignInGuard.WINDOW.plusSeconds(1));
        assertTrue(guard.admit("someone", "10.0.0.6").admitted());
        assertEquals(1, guard.failuresFrom("10.0.0.6"));
    }

    @Test
    void aRightPasswordFromABusyAddressDoesNotHoldItUp() {
        for (int i = 0; i < SignInGuard.FREE_PER_ADDRESS - 1; i++) {
            guard.admit("user" + i, "10.0.0.7");
        }
        assertTrue(guard.admit("eve", "10.0.0.7").admitted(), "the 20th attempt is checked");
        guard.succeeded("eve", "10.0.0.7");
        assertTrue(guard.admit("eve", "10.0.0.7").admitted(), "and the right password left no delay behind");
    }

    @Test
    void passwordChecksAreBoundedAndFailFast() {
        assertTrue(guard.tryStartCheck());
        long started = System.nanoTime();
        assertFalse(guard.tryStartCheck(), "the only permit is taken");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000, "refused quickly");
        guard.endCheck();
        assertTrue(guard.tryStartCheck());
        guard.endCheck();
    }

    @Test
    void delaysDoubleUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(1), SignInGuard.delay(0));
        assertEquals(Duration.ofSeconds(8), SignInGuard.delay(3));
        assertEquals(Duration.ofMinutes(15), SignInGuard.delay(10));
        assertEquals(Duration.ofMinutes(15), SignInGuard.delay(400));
    }
}
