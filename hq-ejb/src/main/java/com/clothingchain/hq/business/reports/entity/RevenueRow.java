package com.clothingchain.hq.business.reports.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One branch's report for one business date, as a report shows it. A bean, for EL and PrimeFaces. The till figures of
 * a version 2 report: the amount per tender (empty for version 1), tax total, refunds and cash variance (null for
 * version 1; the variance also when no till was counted).
 */
public final class RevenueRow implements Serializable {

    private final String branchCode;
    private final String branchName;
    private final String currency;
    private final LocalDate businessDate;
    private final BigDecimal revenue;
    private final BigDecimal loss;
    private final int transactionCount;
    private final int revision;
    private final Instant receivedAt;
    private final long id;
    private final int reportVersion;
    private final Map<String, BigDecimal> tenders;
    private final BigDecimal taxTotal;
    private final BigDecimal refunds;
    private final BigDecimal cashVariance;

    /** A version 1 report. */
    public RevenueRow(String branchCode, String branchName, String currency, LocalDate businessDate, BigDecimal revenue,
                      BigDecimal loss, int transactionCount, int revision, Instant receivedAt) {
        this(0, branchCode, branchName, currency, businessDate, revenue, loss, transactionCount, revision, receivedAt, 1,
                Map.of(), null, null, null);
    }

    public RevenueRow(long id, String branchCode, String branchName, String currency, LocalDate businessDate,
                      BigDecimal revenue, BigDecimal loss, int transactionCount, int revision, Instant receivedAt,
                      int reportVersion, Map<String, BigDecimal> tenders, BigDecimal taxTotal, BigDecimal refunds,
                      BigDecimal cashVariance) {
        this.id = id;
        this.reportVersion = reportVersion;
        this.tenders = Map.copyOf(tenders);
        this.taxTotal = taxTotal;
        this.refunds = refunds;
        this.cashVariance = cashVariance;
        this.branchCode = branchCode;
        this.branchName = branchName;
        this.currency = currency;
        this.businessDate = businessDate;
        this.revenue = revenue;
        this.loss = loss;
        this.transactionCount = transactionCount;
        this.revision = revision;
        this.receivedAt = receivedAt;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public String getBranchName() {
        return branchName;
    }

    /** The branch's ISO 4217 code, in which its revenue and loss are. */
    public String getCurrency() {
        return currency;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getLoss() {
        return loss;
    }

    public int getTransactionCount() {
        return transactionCount;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    /** The same row with these tender amounts. */
    public RevenueRow withTenders(Map<String, BigDecimal> amounts) {
        return new RevenueRow(id, branchCode, branchName, currency, businessDate, revenue, loss, transactionCount, revision,
                receivedAt, reportVersion, amounts, taxTotal, refunds, cashVariance);
    }

    /** The stored report's id (0 where not read from the database). */
    public long getId() {
        return id;
    }

    public int getReportVersion() {
        return reportVersion;
    }

    /** Amount per tender code (unordered; see {@link #tender(String)}). */
    public Map<String, BigDecimal> getTenders() {
        return tenders;
    }

    /** The amount of one tender, null if the report names none. */
    public BigDecimal tender(String code) {
        return tenders.get(code);
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

    /** A cash variance other than zero: the counted cash was not what the tills expected. */
    public boolean isVariance() {
        return cashVariance != null && cashVariance.signum() != 0;
    }

    /** A key unique within any report: branch and date. */
    public String getKey() {
        return branchCode + "/" + businessDate;
    }
}
