package com.clothingchain.branch.goods.entity;

import com.clothingchain.contract.TransferRequestState;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Goods this branch asked another for (OUTGOING), or another asked this branch for (INCOMING), through HQ. */
@Entity
@Table(name = "transfer_requests")
@NamedQuery(name = TransferRequest.LATEST, query = "select r from TransferRequest r order by r.id desc")
@NamedQuery(name = TransferRequest.BY_HQ_NUMBER, query = "select r from TransferRequest r where r.hqNumber = :number")
@NamedQuery(name = TransferRequest.BY_TRANSFER, query = "select r from TransferRequest r where r.transferId = :transfer")
@NamedQuery(name = TransferRequest.LAST_HQ_NUMBER, query = "select max(r.hqNumber) from TransferRequest r"
        + " where r.direction = com.clothingchain.branch.goods.entity.TransferRequest.Direction.INCOMING")
@NamedQuery(name = TransferRequest.OPEN_OUTGOING, query = "select r from TransferRequest r"
        + " where r.direction = com.clothingchain.branch.goods.entity.TransferRequest.Direction.OUTGOING"
        + " and r.status = com.clothingchain.branch.goods.entity.TransferRequest.Status.OPEN order by r.id")
public class TransferRequest {

    public static final String LATEST = "TransferRequest.latest";
    public static final String BY_HQ_NUMBER = "TransferRequest.byHqNumber";
    public static final String BY_TRANSFER = "TransferRequest.byTransfer";
    public static final String LAST_HQ_NUMBER = "TransferRequest.lastHqNumber";
    public static final String OPEN_OUTGOING = "TransferRequest.openOutgoing";

    public enum Direction { OUTGOING, INCOMING }

    /** OPEN: no answer yet. DECLINED: the asked branch said no, with a reason. FULFILLED: it sent a transfer for it. */
    public enum Status { OPEN, DECLINED, FULFILLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Direction direction;

    @Column(name = "hq_number")
    private Long hqNumber;

    @Column(name = "from_branch", nullable = false, length = 16)
    private String fromBranch;

    /** The requesting branch's own number of the request (for an outgoing one: its id here). */
    @Column(length = 64)
    private String reference;

    @Column(name = "to_branch", nullable = false, length = 16)
    private String toBranch;

    @Column(length = 200)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(length = 200)
    private String reason;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "transfer_id")
    private Long transferId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transfer_request_lines", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("sku")
    private List<TransferLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected TransferRequest() {
    }

    /** A request this branch makes of {@code toBranch}; its reference is its id, given once stored. */
    public static TransferRequest outgoing(String fromBranch, String toBranch, String note, Map<String, Integer> units,
                                           String requestedBy, Instant requestedAt) {
        TransferRequest r = new TransferRequest();
        r.direction = Direction.OUTGOING;
        r.fromBranch = fromBranch;
        r.toBranch = toBranch;
        r.note = note;
        r.status = Status.OPEN;
        r.requestedBy = requestedBy;
        r.requestedAt = requestedAt;
        units.forEach((sku, quantity) -> r.lines.add(new TransferLine(sku, quantity)));
        return r;
    }

    /** A request another branch made of this one, as HQ lists it. */
    public static TransferRequest incoming(TransferRequestState state) {
        TransferRequest r = new TransferRequest();
        r.direction = Direction.INCOMING;
        r.hqNumber = state.number();
        r.fromBranch = state.from();
        r.reference = state.reference();
        r.toBranch = state.to();
        r.note = state.note();
        r.requestedBy = state.requestedBy();
        r.requestedAt = state.requestedAt();
        r.status = Status.OPEN;
        state.lines().forEach(line -> r.lines.add(new TransferLine(line.sku(), line.quantity())));
        r.answered(state);
        return r;
    }

    public void referenced() {
        this.reference = String.valueOf(id);
    }

    /** How HQ says it stands now (an outgoing request's answer; an incoming one answered here meanwhile stays as it is). */
    public void answered(TransferRequestState state) {
        if (status == Status.OPEN && !TransferRequestState.OPEN.equals(state.status())) {
            this.status = Status.valueOf(state.status());
            this.hqNumber = state.number();
            this.reason = state.reason();
            this.answeredAt = state.answeredAt();
        }
        if (hqNumber == null) {
            this.hqNumber = state.number();
        }
    }

    public void declined(String reason, String manager, Instant at) {
        this.status = Status.DECLINED;
        this.reason = reason;
        this.answeredBy = manager;
        this.answeredAt = at;
    }

    public void fulfilled(long transferId, String manager, Instant at) {
        this.status = Status.FULFILLED;
        this.transferId = transferId;
        this.answeredBy = manager;
        this.answeredAt = at;
    }

    public boolean isIncoming() {
        return direction == Direction.INCOMING;
    }

    /** An incoming request nobody answered yet: the only kind a manager sends or declines. */
    public boolean isOpenIncoming() {
        return isIncoming() && status == Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Direction getDirection() {
        return direction;
    }

    public Long getHqNumber() {
        return hqNumber;
    }

    public String getFromBranch() {
        return fromBranch;
    }

    public String getReference() {
        return reference;
    }

    public String getToBranch() {
        return toBranch;
    }

    /** The other branch: the one asked, or the one asking. */
    public String getOtherBranch() {
        return isIncoming() ? fromBranch : toBranch;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getTransferId() {
        return transferId;
    }

    public List<TransferLine> getLines() {
        return lines;
    }

    public int getUnits() {
        return lines.stream().mapToInt(TransferLine::getQuantity).sum();
    }
}
