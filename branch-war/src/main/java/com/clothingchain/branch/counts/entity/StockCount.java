package com.clothingchain.branch.counts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A stock count of the whole shop or of one category: started by a manager, counted by clerks, posted or cancelled once. */
@Entity
@Table(name = "stock_counts")
@NamedQuery(name = StockCount.OPEN, query = "select c from StockCount c"
        + " where c.status = com.clothingchain.branch.counts.entity.StockCount.Status.OPEN")
@NamedQuery(name = StockCount.LATEST, query = "select c from StockCount c order by c.id desc")
public class StockCount {

    public static final String OPEN = "StockCount.open";
    public static final String LATEST = "StockCount.latest";

    /** OPEN: clerks count. POSTED: the variances were booked. CANCELLED: nothing was booked. */
    public enum Status { OPEN, POSTED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null: the whole shop. */
    @Column(length = 64)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    /** 'Y' while open, null afterwards: a unique index on it keeps one count open at a time. */
    @Column(name = "open_guard", length = 1)
    private String openGuard;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "posted_date")
    private LocalDate postedDate;

    @Version
    private long version;

    protected StockCount() {
    }

    public StockCount(String category, LocalDate businessDate, String startedBy, Instant startedAt) {
        this.category = category;
        this.status = Status.OPEN;
        this.openGuard = "Y";
        this.businessDate = businessDate;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void posted(LocalDate date, String manager, Instant at) {
        close(Status.POSTED, manager, at);
        this.postedDate = date;
    }

    public void cancelled(String manager, Instant at) {
        close(Status.CANCELLED, manager, at);
    }

    private void close(Status to, String manager, Instant at) {
        this.status = to;
        this.openGuard = null;
        this.closedBy = manager;
        this.closedAt = at;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** "the whole shop" or "category Tops", for messages and the audit log. */
    public String getScope() {
        return category == null ? "the whole shop" : "category " + category;
    }

    public Long getId() { return id; }
    public String getCategory() { return category; }
    public Status getStatus() { return status; }
    public LocalDate getBusinessDate() { return businessDate; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public LocalDate getPostedDate() { return postedDate; }
}
