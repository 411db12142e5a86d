package com.clothingchain.shared.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void amountsHaveExactlyTwoDecimals() {
        assertEquals("12.50", Money.of("12.5").toPlainString());
        assertEquals("3.00", Money.of(new BigDecimal("3")).toPlainString());
    }

    @Test
    void moreThanTwoDecimalsAreRefusedNotRounded() {
        assertThrows(ArithmeticException.class, () -> Money.of("0.005"));
        assertFalse(Money.hasAtMostTwoDecimals(new BigDecimal("1.001")));
        assertTrue(Money.hasAtMostTwoDecimals(new BigDecimal("1.100")));
    }

    @Test
    void quantityTimesPriceIsExact() {
        assertEquals("59.97", Money.times(new BigDecimal("19.99"), 3).toPlainString());
    }
}
