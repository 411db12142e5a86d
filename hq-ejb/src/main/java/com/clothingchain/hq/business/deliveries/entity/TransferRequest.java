package com.clothingchain.hq.business.deliveries.entity;

import com.clothingchain.hq.business.branches.entity.Branch;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Goods one branch asked another for, through HQ, and how the asked branch answered. */
@Entity
@Table(name = "transfer_requests")
@NamedQuery(name = TransferRequest.TO_BRANCH_AFTER, query = "select r from TransferRequest r where r.toBranch = :branch and r.id > :after order by r.id")
@NamedQuery(name = TransferRequest.BY_REFERENCE, query = "select r from TransferRequest r where r.fromBranch = :branch and r.reference = :reference")
@NamedQuery(name = TransferRequest.LATEST, query = "select r from TransferRequest r join fetch r.fromBranch join fetch r.toBranch"
        + " where (:status is null or r.status = :status) order by r.id desc")
public class TransferRequest {

    public static final String TO_BRANCH_AFTER = "TransferRequest.toBranchAfter";
    public static final String BY_REFERENCE = "TransferRequest.byReference";
    public static final String LATEST = "TransferRequest.latest";

    /** OPEN: waits for the asked branch. DECLINED: it said no, with a reason. FULFILLED: it sent a transfer for it. */
    public enum Status { OPEN, DECLINED, FULFILLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_branch_id")
    private Branch fromBranch;

    @Column(nullable = false, length = 64)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_branch_id")
    private Branch toBranch;

    @Column(length = 200)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 200)
    private String reason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "delivery_id")
    private Long deliveryId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transfer_request_lines", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("sku")
    private List<TransferRequestLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected TransferRequest() {
    }

    public TransferRequest(Branch fromBranch, String reference, Branch toBranch, String note, Map<String, Integer> units,
                           Instant requestedAt, String requestedBy, Instant receivedAt) {
        this.fromBranch = fromBranch;
        this.reference = reference;
        this.toBranch = toBranch;
        this.note = note;
        this.status = Status.OPEN;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.receivedAt = receivedAt;
        units.forEach((sku, quantity) -> lines.add(new TransferRequestLine(sku, quantity)));
    }

    public void declined(String reason, Instant answeredAt, String answeredBy) {
        this.status = Status.DECLINED;
        this.reason = reason;
        this.answeredAt = answeredAt;
        this.answeredBy = answeredBy;
    }

    public void fulfilled(long deliveryId, Instant at, String by) {
        this.status = Status.FULFILLED;
        this.deliveryId = deliveryId;
        this.answeredAt = at;
        this.answeredBy = by;
    }

    /** The units of each SKU, in SKU order. */
    public Map<String, Integer> units() {
        Map<String, Integer> units = new LinkedHashMap<>();
        lines.forEach(line -> units.put(line.getSku(), line.getQuantity()));
        return units;
    }

    public Long getId() {
        return id;
    }

    public Branch getFromBranch() {
        return fromBranch;
    }

    public String getReference() {
        return reference;
    }

    public Branch getToBranch() {
        return toBranch;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public List<TransferRequestLine> getLines() {
        return lines;
    }

    public int getUnits() {
        return lines.stream().mapToInt(TransferRequestLine::getQuantity).sum();
    }
}
