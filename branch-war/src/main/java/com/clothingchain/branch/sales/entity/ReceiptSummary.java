package com.clothingchain.branch.sales.entity;

import java.math.BigDecimal;
import java.time.Instant;

/** A receipt as the list of a day's sales shows it: what was paid, and what has been refunded against it since. */
public record ReceiptSummary(String receiptNumber, Instant soldAt, String clerk, long items, BigDecimal total, BigDecimal refunded) {

    /** Getters for the pages (EL reads no record components). */
    public String getReceiptNumber() {
        return receiptNumber;
    }

    public Instant getSoldAt() {
        return soldAt;
    }

    public String getClerk() {
        return clerk;
    }

    public long getItems() {
        return items;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }
}
