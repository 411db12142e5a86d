package com.clothingchain.branch.sales.entity;

import java.math.BigDecimal;

/** A payment as a clerk or a terminal gives it: a tender code, the amount (for cash: handed over), a card's reference. */
public record PaymentRequest(String tender, BigDecimal amount, String reference, String lastFour) {
}
