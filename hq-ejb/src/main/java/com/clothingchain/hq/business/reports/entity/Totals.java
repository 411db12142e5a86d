package com.clothingchain.hq.business.reports.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sums over a set of daily reports. */
public final class Totals {

    private final long reports;
    private final BigDecimal revenue;
    private final BigDecimal loss;
    private final long transactions;

    public Totals(long reports, BigDecimal revenue, BigDecimal loss, long transactions) {
        this.reports = reports;
        this.revenue = revenue;
        this.loss = loss;
        this.transactions = transactions;
    }

    public long getReports() {
        return reports;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getLoss() {
        return loss;
    }

    public long getTransactions() {
        return transactions;
    }

    /** Loss as a fraction of revenue (0.0123 = 1.23 %), or null when there is no revenue. */
    public BigDecimal getLossRatio() {
        return revenue.signum() == 0 ? null : loss.divide(revenue, 4, RoundingMode.HALF_UP);
    }
}
