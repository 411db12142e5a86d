package com.clothingchain.branch.days.entity;

import com.clothingchain.shared.money.Money;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a day adds up to, and what its end-of-day report sends to HQ: revenue = sales − refunds (what the tills took,
 * cash rounding included), loss = write-offs, and the tills' figures ({@code till} null for days before tills).
 */
public record DayTotals(BigDecimal revenue, BigDecimal loss, int transactionCount, TillFigures till) {

    public DayTotals(BigDecimal revenue, BigDecimal loss, int transactionCount) {
        this(revenue, loss, transactionCount, null);
    }

    public static DayTotals of(BigDecimal salesTotal, BigDecimal refundTotal, BigDecimal lossTotal, long saleCount, long returnCount,
                               BigDecimal taxTotal, Map<String, BigDecimal> tenders, BigDecimal cashVariance) {
        return new DayTotals(Money.of(salesTotal.subtract(refundTotal)), Money.of(lossTotal), Math.toIntExact(saleCount + returnCount),
                new TillFigures(tenders, Money.of(taxTotal), Money.of(refundTotal), Money.of(cashVariance)));
    }
}
