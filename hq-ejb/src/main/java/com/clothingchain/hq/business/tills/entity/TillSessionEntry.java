package com.clothingchain.hq.business.tills.entity;

import com.clothingchain.contract.Tender;
import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.hq.business.branches.entity.Branch;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A closed till session of a branch as it reported it, kept once per branch and Z number. */
@Entity
@Table(name = "till_sessions")
public class TillSessionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(name = "z_number", nullable = false)
    private int zNumber;

    @Column(name = "till_code", nullable = false, length = 16)
    private String tillCode;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(nullable = false, length = 64)
    private String clerk;

    @Column(name = "closed_by", nullable = false, length = 64)
    private String closedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "opening_float", nullable = false, precision = 19, scale = 2)
    private BigDecimal openingFloat;

    @Column(name = "paid_in", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidIn;

    @Column(name = "paid_out", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidOut;

    @Column(name = "cash_variance", nullable = false, precision = 19, scale = 2)
    private BigDecimal cashVariance;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approval_reason", length = 500)
    private String approvalReason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @ElementCollection
    @CollectionTable(name = "till_session_tenders", joinColumns = @JoinColumn(name = "session_id"))
    @OrderBy("tender")
    private List<TenderCountEntry> tenders = new ArrayList<>();

    protected TillSessionEntry() {
    }

    /** From a report already checked and normalised ({@code TillSessionFigures}). */
    public TillSessionEntry(Branch branch, TillSessionReport report, Instant receivedAt) {
        this.branch = branch;
        this.zNumber = report.zNumber();
        this.tillCode = report.till();
        this.businessDate = report.businessDate();
        this.clerk = report.clerk();
        this.closedBy = report.closedBy();
        this.openedAt = report.openedAt();
        this.closedAt = report.closedAt();
        this.openingFloat = report.openingFloat();
        this.paidIn = report.paidIn();
        this.paidOut = report.paidOut();
        this.approvedBy = report.approval() == null ? null : report.approval().approvedBy();
        this.approvalReason = report.approval() == null ? null : report.approval().reason();
        this.receivedAt = receivedAt;
        report.tenders().forEach(t -> tenders.add(new TenderCountEntry(t.tender(), t.expected(), t.counted(), t.variance())));
        this.cashVariance = report.tenders().stream().filter(t -> Tender.CASH.equals(t.tender()))
                .map(TillSessionReport.TenderCount::variance).findFirst().orElse(BigDecimal.ZERO.setScale(2));
    }

    /** The session as the branch sent it (normalised), to compare a resend with. */
    public TillSessionReport report() {
        return new TillSessionReport(tillCode, zNumber, businessDate, clerk, closedBy, openedAt, closedAt, openingFloat,
                tenders.stream().map(TenderCountEntry::count).toList(), paidIn, paidOut,
                approvedBy == null ? null : new TillSessionReport.Approval(approvedBy, approvalReason));
    }

    public Long getId() {
        return id;
    }

    public Branch getBranch() {
        return branch;
    }

    public int getZNumber() {
        return zNumber;
    }

    public BigDecimal getCashVariance() {
        return cashVariance;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
