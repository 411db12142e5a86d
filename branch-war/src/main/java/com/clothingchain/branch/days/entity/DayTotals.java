package com.clothingchain.branch.days.entity;

import com.clothingchain.shared.money.Money;

import java.math.BigDecimal;

/** What a day adds up to, and what its end-of-day report sends to HQ: revenue = sales − refunds, loss = write-offs. */
public record DayTotals(BigDecimal revenue, BigDecimal loss, int transactionCount) {

    public static DayTotals of(BigDecimal salesTotal, BigDecimal refundTotal, BigDecimal lossTotal, long saleCount, long returnCount) {
        return new DayTotals(Money.of(salesTotal.subtract(refundTotal)), Money.of(lossTotal), Math.toIntExact(saleCount + returnCount));
    }
}
