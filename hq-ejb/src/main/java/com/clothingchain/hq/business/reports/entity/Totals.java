package com.clothingchain.hq.business.reports.entity;

import java.io.Serializable;
import com.clothingchain.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sums over a set of daily reports in one currency: amounts of different currencies are never added. */
public final class Totals implements Serializable {

    private final String currency;
    private final long reports;
    private final BigDecimal revenue;
    private final BigDecimal loss;
    private final long transactions;

    public Totals(String currency, long reports, BigDecimal revenue, BigDecimal loss, long transactions) {
        this.currency = currency;
        this.reports = reports;
        this.revenue = revenue;
        this.loss = loss;
        this.transactions = transactions;
    }

    /** No reports, in the given currency. */
    public static Totals none(String currency) {
        return new Totals(currency, 0, Money.ZERO, Money.ZERO, 0);
    }

    /** ISO 4217 code of the branches these reports come from. */
    public String getCurrency() {
        return currency;
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

    @Override
    public String toString() {
        return currency + ": " + reports + " reports, revenue " + revenue + ", loss " + loss + ", " + transactions + " transactions";
    }
}
