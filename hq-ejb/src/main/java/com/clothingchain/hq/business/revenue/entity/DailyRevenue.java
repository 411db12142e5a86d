package com.clothingchain.hq.business.revenue.entity;

import com.clothingchain.hq.business.branches.entity.Branch;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one branch reported for one business date; one row per (branch, date). The tender amounts of every revision
 * are kept ({@link DailyRevenueTender}); the report's own are those of its current revision.
 */
@Entity
@Table(name = "daily_revenue")
@NamedQuery(name = DailyRevenue.OF_BRANCH_ON, query =
        "select d from DailyRevenue d where d.branch = :branch and d.businessDate = :date")
public class DailyRevenue {

    public static final String OF_BRANCH_ON = "DailyRevenue.ofBranchOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal revenue;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal loss;

    @Column(name = "transaction_count", nullable = false)
    private int transactionCount;

    @Column(nullable = false)
    private int revision;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Null in rows stored before report versions: version 1. */
    @Column(name = "report_version")
    private Integer reportVersion;

    @Column(name = "tax_total", precision = 19, scale = 2)
    private BigDecimal taxTotal;

    @Column(precision = 19, scale = 2)
    private BigDecimal refunds;

    @Column(name = "cash_variance", precision = 19, scale = 2)
    private BigDecimal cashVariance;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    private List<DailyRevenueTender> tenderAmounts = new ArrayList<>();

    protected DailyRevenue() {
    }

    public DailyRevenue(Branch branch, LocalDate businessDate, Figures figures, Instant receivedAt) {
        this.branch = branch;
        this.businessDate = businessDate;
        replaceWith(figures, receivedAt);
    }

    /** Takes these figures; returns the tender amounts it added for their revision (for the caller to persist). */
    public final List<DailyRevenueTender> replaceWith(Figures figures, Instant receivedAt) {
        this.revenue = figures.revenue();
        this.loss = figures.loss();
        this.transactionCount = figures.transactionCount();
        this.revision = figures.revision();
        this.receivedAt = receivedAt;
        this.reportVersion = figures.reportVersion();
        this.taxTotal = figures.taxTotal();
        this.refunds = figures.refunds();
        this.cashVariance = figures.cashVariance();
        List<DailyRevenueTender> added = new ArrayList<>();
        figures.tenders().forEach((tender, amount) -> added.add(new DailyRevenueTender(this, figures.revision(), tender, amount)));
        tenderAmounts.addAll(added);
        return added;
    }

    public Figures figures() {
        return new Figures(revenue, loss, transactionCount, revision, getReportVersion(), getTenders(), taxTotal, refunds,
                cashVariance);
    }

    /** The amount per tender of the current revision, in code order (empty for a version 1 report). */
    public Map<String, BigDecimal> getTenders() {
        Map<String, BigDecimal> tenders = new TreeMap<>();
        tenderAmounts.stream().filter(t -> t.getRevision() == revision).forEach(t -> tenders.put(t.getTender(), t.getAmount()));
        return tenders;
    }

    public int getReportVersion() {
        return reportVersion == null ? 1 : reportVersion;
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

    public Branch getBranch() {
        return branch;
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
}
