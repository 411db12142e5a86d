package com.clothingchain.hq.business.reports.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One branch's report for one business date, as a report shows it. A bean, for EL and PrimeFaces. */
public final class RevenueRow {

    private final String branchCode;
    private final String branchName;
    private final String currency;
    private final LocalDate businessDate;
    private final BigDecimal revenue;
    private final BigDecimal loss;
    private final int transactionCount;
    private final int revision;
    private final Instant receivedAt;

    public RevenueRow(String branchCode, String branchName, String currency, LocalDate businessDate, BigDecimal revenue,
                      BigDecimal loss, int transactionCount, int revision, Instant receivedAt) {
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

    /** A key unique within any report: branch and date. */
    public String getKey() {
        return branchCode + "/" + businessDate;
    }
}
