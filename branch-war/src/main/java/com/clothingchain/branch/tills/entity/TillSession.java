package com.clothingchain.branch.tills.entity;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One till on one business date, from its counted float to its blind count. OPEN takes sales; a session whose date
 * closed before it was counted is AWAITING_COUNT (counted afterwards, against its own date); a count whose variance
 * needs a manager is AWAITING_APPROVAL; CLOSED is final and carries its Z number.
 */
@Entity
@Table(name = "till_sessions")
@NamedQuery(name = TillSession.UNCOUNTED_OF, query = "select s from TillSession s where s.tillCode = :till"
        + " and s.status in (com.clothingchain.branch.tills.entity.TillSession.Status.OPEN,"
        + " com.clothingchain.branch.tills.entity.TillSession.Status.AWAITING_COUNT) order by s.businessDate, s.id")
@NamedQuery(name = TillSession.OPEN_ON, query = "select s from TillSession s where s.businessDate = :date"
        + " and s.status = com.clothingchain.branch.tills.entity.TillSession.Status.OPEN")
@NamedQuery(name = TillSession.RECENT, query = "select s from TillSession s where s.businessDate >= :since"
        + " or s.status <> com.clothingchain.branch.tills.entity.TillSession.Status.CLOSED order by s.businessDate desc, s.tillCode, s.id desc")
@NamedQuery(name = TillSession.LAST_Z, query = "select coalesce(max(s.zNumber), 0) from TillSession s")
public class TillSession {

    public static final String UNCOUNTED_OF = "TillSession.uncountedOf";
    public static final String OPEN_ON = "TillSession.openOn";
    public static final String RECENT = "TillSession.recent";
    public static final String LAST_Z = "TillSession.lastZ";
    /** The till of terminals that name none: it opens itself with a zero float. */
    public static final String API_TILL = "API";

    public enum Status { OPEN, AWAITING_COUNT, AWAITING_APPROVAL, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "till_code", nullable = false, length = 16)
    private String tillCode;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "opening_float", nullable = false, precision = 19, scale = 2)
    private BigDecimal openingFloat;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "counted_by", length = 64)
    private String countedBy;

    @Column(name = "counted_at")
    private Instant countedAt;

    @Column(name = "cash_variance", precision = 19, scale = 2)
    private BigDecimal cashVariance;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approval_reason", length = 500)
    private String approvalReason;

    @Column(name = "z_number")
    private Integer zNumber;

    @Version
    private long version;

    protected TillSession() {
    }

    public TillSession(String tillCode, LocalDate businessDate, BigDecimal openingFloat, String openedBy, Instant openedAt) {
        this.tillCode = tillCode;
        this.businessDate = businessDate;
        this.openingFloat = openingFloat;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = Status.OPEN;
    }

    /** The session's date closed while it was still open: it takes no more sales and waits for its count. */
    public void dayClosed() {
        if (status == Status.OPEN) {
            status = Status.AWAITING_COUNT;
        }
    }

    public void counted(String by, Instant at, BigDecimal cashVariance, boolean needsApproval) {
        this.countedBy = by;
        this.countedAt = at;
        this.cashVariance = cashVariance;
        this.status = needsApproval ? Status.AWAITING_APPROVAL : Status.CLOSED;
    }

    public void approved(String by, String reason) {
        this.approvedBy = by;
        this.approvalReason = reason;
        this.status = Status.CLOSED;
    }

    public void numbered(int zNumber) {
        this.zNumber = zNumber;
    }

    public boolean isCounted() {
        return status == Status.AWAITING_APPROVAL || status == Status.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getTillCode() {
        return tillCode;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getOpeningFloat() {
        return openingFloat;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getCountedBy() {
        return countedBy;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public BigDecimal getCashVariance() {
        return cashVariance;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getApprovalReason() {
        return approvalReason;
    }

    public Integer getZNumber() {
        return zNumber;
    }
}
