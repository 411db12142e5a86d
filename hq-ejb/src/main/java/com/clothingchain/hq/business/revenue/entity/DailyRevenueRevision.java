package com.clothingchain.hq.business.revenue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A revision of a daily report that a higher revision replaced, kept as HQ had stored it (its tender amounts stay in
 * {@code daily_revenue_tenders} under its revision number).
 */
@Entity
@Table(name = "daily_revenue_revisions")
public class DailyRevenueRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "daily_revenue_id")
    private DailyRevenue report;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal revenue;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal loss;

    @Column(name = "transaction_count", nullable = false)
    private int transactionCount;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @Column(name = "report_version")
    private Integer reportVersion;

    @Column(name = "tax_total", precision = 19, scale = 2)
    private BigDecimal taxTotal;

    @Column(precision = 19, scale = 2)
    private BigDecimal refunds;

    @Column(name = "cash_variance", precision = 19, scale = 2)
    private BigDecimal cashVariance;

    protected DailyRevenueRevision() {
    }

    public DailyRevenueRevision(DailyRevenue report, Instant replacedAt) {
        Figures figures = report.figures();
        this.report = report;
        this.revision = figures.revision();
        this.revenue = figures.revenue();
        this.loss = figures.loss();
        this.transactionCount = figures.transactionCount();
        this.receivedAt = report.getReceivedAt();
        this.replacedAt = replacedAt;
        this.reportVersion = figures.reportVersion();
        this.taxTotal = figures.taxTotal();
        this.refunds = figures.refunds();
        this.cashVariance = figures.cashVariance();
    }

    public int getRevision() {
        return revision;
    }

    /** As stored then; its tender amounts stay in daily_revenue_tenders under its revision. */
    public Figures figures() {
        return new Figures(revenue, loss, transactionCount, revision, reportVersion == null ? 1 : reportVersion,
                java.util.Map.of(), taxTotal, refunds, cashVariance);
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
