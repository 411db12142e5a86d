package com.clothingchain.branch.days.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A business date of the branch. Sales, returns and losses are booked to the one open day; a closed day is frozen. */
@Entity
@Table(name = "business_days")
@NamedQuery(name = BusinessDay.OPEN, query = "select d from BusinessDay d where d.status = com.clothingchain.branch.days.entity.BusinessDay.Status.OPEN")
@NamedQuery(name = BusinessDay.RECENT, query = "select d from BusinessDay d order by d.businessDate desc")
public class BusinessDay {

    public static final String OPEN = "BusinessDay.open";
    public static final String RECENT = "BusinessDay.recent";

    public enum Status { OPEN, CLOSED }

    @Id
    @Column(name = "business_date")
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(precision = 19, scale = 2)
    private BigDecimal revenue;

    @Column(precision = 19, scale = 2)
    private BigDecimal loss;

    @Column(name = "transaction_count")
    private Integer transactionCount;

    @Embedded
    private TillFigures till;

    @Column(name = "last_receipt_no", nullable = false)
    private int lastReceiptNo;

    @Version
    private long version;

    protected BusinessDay() {
    }

    public BusinessDay(LocalDate businessDate, Instant openedAt) {
        this.businessDate = businessDate;
        this.openedAt = openedAt;
        this.status = Status.OPEN;
    }

    public int nextReceiptNo() {
        return ++lastReceiptNo;
    }

    public void close(DayTotals totals, Instant at, String by) {
        this.status = Status.CLOSED;
        this.revenue = totals.revenue();
        this.loss = totals.loss();
        this.transactionCount = totals.transactionCount();
        this.till = totals.till();
        this.closedAt = at;
        this.closedBy = by;
    }

    /** A till of this closed day was counted after the close: its cash variance changes, nothing else. */
    public void tillCounted(BigDecimal cashVariance) {
        if (till != null && till.isKnown()) {
            till = till.withCashVariance(cashVariance);
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The frozen totals of a closed day. */
    public DayTotals closedTotals() {
        return new DayTotals(revenue, loss, transactionCount, till != null && till.isKnown() ? till : null);
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
