package com.clothingchain.hq.business.reports.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The sums of the cash and tenders report for one currency: how many reports, revenue, and over the version 2 reports
 * among them, each tender's amount, tax, refunds and cash variance. A bean, for EL.
 */
public final class CashTotals implements Serializable {

    private final String currency;
    private final long reports;
    private final long withTills;
    private final BigDecimal revenue;
    private final BigDecimal taxTotal;
    private final BigDecimal refunds;
    private final BigDecimal cashVariance;
    private final Map<String, BigDecimal> tenders;

    public CashTotals(String currency, long reports, long withTills, BigDecimal revenue, BigDecimal taxTotal,
                      BigDecimal refunds, BigDecimal cashVariance, Map<String, BigDecimal> tenders) {
        this.currency = currency;
        this.reports = reports;
        this.withTills = withTills;
        this.revenue = revenue;
        this.taxTotal = taxTotal;
        this.refunds = refunds;
        this.cashVariance = cashVariance;
        this.tenders = Map.copyOf(tenders);
    }

    public String getCurrency() {
        return currency;
    }

    public long getReports() {
        return reports;
    }

    /** How many of the reports are version 2, with till figures. */
    public long getWithTills() {
        return withTills;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getRefunds() {
        return refunds;
    }

    public BigDecimal getCashVariance() {
        return cashVariance;
    }

    public Map<String, BigDecimal> getTenders() {
        return tenders;
    }

    /** The sum of one tender in this currency: zero if no till took it, null where no report has tills. */
    public BigDecimal tender(String code) {
        return withTills == 0 ? null : tenders.getOrDefault(code, BigDecimal.ZERO.setScale(2));
    }

    public boolean isVariance() {
        return cashVariance != null && cashVariance.signum() != 0;
    }
}
