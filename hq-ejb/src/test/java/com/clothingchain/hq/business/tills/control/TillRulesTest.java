package com.clothingchain.hq.business.tills.control;

import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TillRulesTest {

    private static void refused(String field, Executable check) {
        ProblemException e = assertThrows(ProblemException.class, check);
        assertEquals(400, e.problem().status());
        assertEquals(field, e.problem().field());
    }

    @Test
    void ratesArePercentsFromZeroToHundredWithAtMostThreeDecimals() {
        assertEquals(new BigDecimal("20.00"), TillRules.rate("rate", new BigDecimal("20")));
        assertEquals(new BigDecimal("8.875"), TillRules.rate("rate", new BigDecimal("8.875")));
        assertEquals(new BigDecimal("5.50"), TillRules.rate("rate", new BigDecimal("5.500")));
        assertEquals(new BigDecimal("0.00"), TillRules.rate("rate", BigDecimal.ZERO));
        assertEquals(new BigDecimal("100.00"), TillRules.rate("rate", new BigDecimal("100.000")));
        refused("rate", () -> TillRules.rate("rate", new BigDecimal("8.8751")));
        refused("rate", () -> TillRules.rate("rate", new BigDecimal("-0.01")));
        refused("rate", () -> TillRules.rate("rate", new BigDecimal("100.01")));
        refused("rate", () -> TillRules.rate("rate", null));
        assertEquals(new BigDecimal("20.00"), TillRules.percent(new BigDecimal("20.000")));
    }

    @Test
    void codesAreUpperCaseAndWellFormed() {
        assertEquals("DEMO-VAT", TillRules.jurisdiction("jurisdiction", " demo-vat "));
        assertEquals("GIFT_CARD", TillRules.tenderCode("code", "gift_card"));
        assertEquals("REDUCED", TillRules.taxCategory("category", "Reduced"));
        refused("jurisdiction", () -> TillRules.jurisdiction("jurisdiction", "-VAT"));
        refused("jurisdiction", () -> TillRules.jurisdiction("jurisdiction", "X".repeat(33)));
        refused("jurisdiction", () -> TillRules.jurisdiction("jurisdiction", "DEMO_VAT"));
        refused("code", () -> TillRules.tenderCode("code", "GIFT CARD"));
        refused("code", () -> TillRules.tenderCode("code", "X".repeat(17)));
        refused("category", () -> TillRules.taxCategory("category", ""));
        assertTrue(TillRules.wellFormedTender("STORE_CREDIT"));
        assertFalse(TillRules.wellFormedTender("cash"), "a branch's code is taken as sent, not upper-cased");
        assertFalse(TillRules.wellFormedTender("CASH; DROP"));
        assertFalse(TillRules.wellFormedTender(null));
    }

    @Test
    void taxModesCashRoundingsAndKinds() {
        assertEquals("EXCLUSIVE", TillRules.taxMode("taxMode", "exclusive"));
        refused("taxMode", () -> TillRules.taxMode("taxMode", "NET"));
        refused("taxMode", () -> TillRules.taxMode("taxMode", null));
        assertEquals(new BigDecimal("0.05"), TillRules.cashRounding("cashRounding", new BigDecimal("0.050")));
        assertEquals(new BigDecimal("0.10"), TillRules.cashRounding("cashRounding", new BigDecimal("0.1")));
        assertEquals(new BigDecimal("0.01"), TillRules.cashRounding("cashRounding", new BigDecimal("0.01")));
        refused("cashRounding", () -> TillRules.cashRounding("cashRounding", new BigDecimal("0.02")));
        refused("cashRounding", () -> TillRules.cashRounding("cashRounding", null));
        assertEquals("VOUCHER", TillRules.kind("kind", "voucher"));
        refused("kind", () -> TillRules.kind("kind", "CRYPTO"));
        assertEquals(java.util.Set.of("CASH", "CARD"), TillRules.FIXED_TENDERS);
    }
}
