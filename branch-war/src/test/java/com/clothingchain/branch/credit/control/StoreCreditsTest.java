package com.clothingchain.branch.credit.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreCreditsTest {

    @Test
    void aNumberIsTheBranchCodeAndEightRandomBase32Letters() {
        String number = StoreCredits.number(Optional.of("b-001"));
        assertTrue(number.matches("SC-B001-[A-Z2-7]{8}"), number);
        assertTrue(StoreCredits.number(Optional.empty()).matches("SC-[A-Z2-7]{8}"));
        assertTrue(StoreCredits.number(Optional.of(" ")).matches("SC-[A-Z2-7]{8}"));
        String longCode = StoreCredits.number(Optional.of("A".repeat(40)));
        assertEquals(28, longCode.length(), "a reference holds 32 characters: " + longCode);
    }

    @Test
    void numbersAreNotRepeatedInPractice() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            numbers.add(StoreCredits.randomChars());
        }
        assertEquals(1_000, numbers.size(), "40 random bits each (a repeat among 1,000 has odds of 1 in 2 million)");
    }

    @Test
    void onlyTheStoreCreditTenderHasNotes() {
        assertTrue(StoreCredits.isStoreCredit("STORE_CREDIT"));
        assertFalse(StoreCredits.isStoreCredit("GIFT_CARD"));
    }
}
