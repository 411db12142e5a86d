package com.clothingchain.branch.sync.entity;

import com.clothingchain.branch.days.entity.DayTotals;
import com.clothingchain.branch.days.entity.TillFigures;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A call to HQ in the branch's outbox: written in the transaction that closes a business date, then sent
 * (and resent) by the sender until HQ has it or refuses it. Each closed date has one call of each day's kind
 * ({@link #SEND_REVENUE_LOSS}, {@link #SEND_VARIANT_FIGURES}); a received delivery has one {@link #SEND_GOODS_RECEIVED}
 * on the date it was received, a transfer to another branch one {@link #SEND_TRANSFER} on the date it was sent, a request
 * for goods made of another branch one {@link #SEND_TRANSFER_REQUEST} and a request made of this branch and declined here
 * one {@link #SEND_TRANSFER_REQUEST_ANSWER}, each on the open date then, each with its number here as the call's subject;
 * a closed till session one {@link #SEND_TILL_SESSION} on its own date, its Z number as the subject. Each goes, fails,
 * waits and is refused on its own.
 */
@Entity
@Table(name = "service_calls")
@NamedQuery(name = ServiceCall.DUE, query = "select c from ServiceCall c where c.status = com.clothingchain.branch.sync.entity.ServiceCall.Status.PENDING"
        + " and c.nextAttemptAt <= :now order by c.businessDate, c.id")
@NamedQuery(name = ServiceCall.RECENT, query = "select c from ServiceCall c order by c.businessDate desc, c.id desc")
@NamedQuery(name = ServiceCall.OF_DATE, query = "select c from ServiceCall c where c.callName = :name and c.businessDate = :date and c.subject = ''")
@NamedQuery(name = ServiceCall.OF_DATES, query = "select c from ServiceCall c where c.callName = :name and c.businessDate in :dates")
@NamedQuery(name = ServiceCall.OF_SUBJECTS, query = "select c from ServiceCall c where c.callName = :name and c.subject in :subjects")
@NamedQuery(name = ServiceCall.BACKLOG, query = "select count(c), min(c.businessDate) from ServiceCall c"
        + " where c.status = com.clothingchain.branch.sync.entity.ServiceCall.Status.PENDING")
@NamedQuery(name = ServiceCall.LAST_ERROR, query = "select c from ServiceCall c where c.lastError is not null"
        + " and c.status <> com.clothingchain.branch.sync.entity.ServiceCall.Status.SENT order by c.businessDate desc")
@NamedQuery(name = ServiceCall.COUNT_REJECTED, query = "select count(c) from ServiceCall c"
        + " where c.status = com.clothingchain.branch.sync.entity.ServiceCall.Status.REJECTED")
public class ServiceCall {

    public static final String DUE = "ServiceCall.due";
    public static final String RECENT = "ServiceCall.recent";
    public static final String OF_DATE = "ServiceCall.ofDate";
    public static final String OF_DATES = "ServiceCall.ofDates";
    public static final String OF_SUBJECTS = "ServiceCall.ofSubjects";
    public static final String BACKLOG = "ServiceCall.backlog";
    public static final String LAST_ERROR = "ServiceCall.lastError";
    public static final String COUNT_REJECTED = "ServiceCall.countRejected";

    /** The original design's name for the end-of-day call. */
    public static final String SEND_REVENUE_LOSS = "send_revenue_loss";

    /** The date's figures per variant (sold, returned, written off, on hand), which add up to the day's report. */
    public static final String SEND_VARIANT_FIGURES = "send_variant_figures";

    /** What was counted on receiving a delivery (subject: its number), for HQ to see the discrepancies. */
    public static final String SEND_GOODS_RECEIVED = "send_goods_received";

    /** Goods sent to another branch (subject: the transfer's number here), for HQ to make a delivery of. */
    public static final String SEND_TRANSFER = "send_transfer";

    /** Goods asked of another branch (subject: the request's number here, its reference at HQ), for HQ to pass on. */
    public static final String SEND_TRANSFER_REQUEST = "send_transfer_request";

    /** A request made of this branch, declined here (subject: the request's number here), for HQ to tell the asking branch. */
    public static final String SEND_TRANSFER_REQUEST_ANSWER = "send_transfer_request_answer";

    /** A closed till session with its Z report (subject: the Z number), on the session's own date, for HQ's cash report. */
    public static final String SEND_TILL_SESSION = "send_till_session";

    /** PENDING: to be sent (again) at {@code nextAttemptAt}. SENT: HQ has it. REJECTED: HQ refused it; waits for a manager. */
    public enum Status { PENDING, SENT, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_name", nullable = false, length = 32)
    private String callName;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    /** What a call is about besides its date (a delivery's number); empty for a day's calls. */
    @Column(nullable = false, length = 32)
    private String subject;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal revenue;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal loss;

    @Column(name = "transaction_count", nullable = false)
    private int transactionCount;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "hq_received_at")
    private Instant hqReceivedAt;

    @Embedded
    private TillFigures till;

    @Version
    private long version;

    protected ServiceCall() {
    }

    public static ServiceCall dailyReport(LocalDate businessDate, DayTotals totals, Instant now) {
        ServiceCall call = of(SEND_REVENUE_LOSS, businessDate, totals, now);
        call.till = totals.till();
        return call;
    }

    /** The date's figures per variant, read from the stock ledger when sent; the day's totals are what they must add up to. */
    public static ServiceCall variantFigures(LocalDate businessDate, DayTotals totals, Instant now) {
        return of(SEND_VARIANT_FIGURES, businessDate, totals, now);
    }

    /** A call about one thing of the date ({@code subject}: a delivery's, a transfer's or a Z report's number), read from it when sent; no money. */
    public static ServiceCall about(String name, LocalDate businessDate, long subject, Instant now) {
        ServiceCall call = of(name, businessDate, new DayTotals(BigDecimal.ZERO, BigDecimal.ZERO, 0, null), now);
        call.subject = String.valueOf(subject);
        return call;
    }

    private static ServiceCall of(String name, LocalDate businessDate, DayTotals totals, Instant now) {
        ServiceCall call = new ServiceCall();
        call.callName = name;
        call.subject = "";
        call.businessDate = businessDate;
        call.revenue = totals.revenue();
        call.loss = totals.loss();
        call.transactionCount = totals.transactionCount();
        call.revision = 1;
        call.status = Status.PENDING;
        call.nextAttemptAt = now;
        call.createdAt = now;
        return call;
    }

    public void sent(int httpStatus, Instant hqReceivedAt, Instant now) {
        this.status = Status.SENT;
        this.attempts++;
        this.lastHttpStatus = httpStatus;
        this.lastError = null;
        this.sentAt = now;
        this.hqReceivedAt = hqReceivedAt;
    }

    public void failed(Integer httpStatus, String error, Duration retryIn, Instant now) {
        this.attempts++;
        this.lastHttpStatus = httpStatus;
        this.lastError = shorten(error);
        this.nextAttemptAt = now.plus(retryIn);
    }

    /** Not sent this time for a reason on the branch's side (e.g. HQ refuses the branch's key); not counted as an attempt. */
    public void postponed(String reason, Duration retryIn, Instant now) {
        this.lastError = shorten(reason);
        this.nextAttemptAt = now.plus(retryIn);
    }

    /** New till figures for the day: the report goes again, now, as the next revision. */
    public void revise(TillFigures till, Instant now) {
        this.till = till;
        this.revision++;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    public void rejected(int httpStatus, String detail) {
        this.status = Status.REJECTED;
        this.attempts++;
        this.lastHttpStatus = httpStatus;
        this.lastError = shorten(detail);
    }

    /**
     * Sends the call again now. After a conflict (HQ holds other figures for the date) it goes as a higher
     * revision, so that HQ takes the branch's frozen figures.
     */
    public void requeue(Instant now) {
        if (status == Status.REJECTED && Integer.valueOf(409).equals(lastHttpStatus)) {
            revision++;
        }
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    /** The tills' figures of the day, or null for a day closed before tills (a version 1 report). */
    public TillFigures getTill() {
        return till != null && till.isKnown() ? till : null;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getCallName() {
        return callName;
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

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer getLastHttpStatus() {
        return lastHttpStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getHqReceivedAt() {
        return hqReceivedAt;
    }
}
