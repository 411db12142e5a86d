package com.clothingchain.shared.account.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashTest {

    @Test
    void newHashesUseSixHundredThousandIterationsAndVerify() {
        String stored = PasswordHash.hash("correct horse");
        assertEquals(600_000, PasswordHash.iterationsOf(stored));
        assertTrue(stored.startsWith("PBKDF2-SHA256:600000:"));
        assertTrue(PasswordHash.verify("correct horse", stored));
        assertFalse(PasswordHash.verify("correct horsE", stored));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(PasswordHash.hash("same", 1_000), PasswordHash.hash("same", 1_000));
    }

    @Test
    void aStoredHashKeepsItsOwnIterationCount() {
        String older = PasswordHash.hash("pw", 1_000);
        assertTrue(PasswordHash.verify("pw", older));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(PasswordHash.verify("pw", null));
        assertFalse(PasswordHash.verify("pw", "plain-text"));
        assertFalse(PasswordHash.verify("pw", "MD5:1:abc:def"));
    }
}
