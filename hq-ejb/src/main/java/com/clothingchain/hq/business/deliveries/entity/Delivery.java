package com.clothingchain.hq.business.deliveries.entity;

import com.clothingchain.contract.DeliveryNote;
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
import java.util.List;
import java.util.Map;

/** Goods HQ's warehouse sent to a branch: its lines, and what the branch counted on receiving them. */
@Entity
@Table(name = "deliveries")
@NamedQuery(name = Delivery.FOR_BRANCH_AFTER, query = "select d from Delivery d where d.branch = :branch and d.id > :after order by d.id")
@NamedQuery(name = Delivery.BY_SOURCE_REFERENCE, query = "select d from Delivery d where d.source = :source and d.sourceReference = :reference")
@NamedQuery(name = Delivery.LATEST, query = "select d from Delivery d join fetch d.branch order by d.id desc")
@NamedQuery(name = Delivery.LATEST_OF_STATUS, query = "select d from Delivery d join fetch d.branch where d.status = :status order by d.id desc")
@NamedQuery(name = Delivery.LATEST_OF_BRANCH, query = "select d from Delivery d join fetch d.branch where d.branch = :branch"
        + " and (:status is null or d.status = :status) order by d.id desc")
public class Delivery {

    public static final String FOR_BRANCH_AFTER = "Delivery.forBranchAfter";
    public static final String BY_SOURCE_REFERENCE = "Delivery.bySourceReference";
    public static final String LATEST = "Delivery.latest";
    public static final String LATEST_OF_STATUS = "Delivery.latestOfStatus";
    public static final String LATEST_OF_BRANCH = "Delivery.latestOfBranch";

    public enum Status { SENT, RECEIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(nullable = false, length = 32)
    private String source;

    /** A transfer's number at the sending branch; null for the warehouse's deliveries. */
    @Column(name = "source_reference", length = 64)
    private String sourceReference;

    @Column(length = 200)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 64)
    private String sentBy;

    @Column(name = "units_sent", nullable = false)
    private int unitsSent;

    @Column(name = "units_received")
    private Integer unitsReceived;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_lines", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderBy("sku")
    private List<DeliveryLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Delivery() {
    }

    public Delivery(Branch branch, String note, Map<String, Integer> units, String sentBy, Instant sentAt) {
        this(branch, DeliveryNote.WAREHOUSE, null, note, units, sentBy, sentAt);
    }

    /** Goods from {@code source} (a branch's code for a transfer, with its own number of it as {@code sourceReference}). */
    public Delivery(Branch branch, String source, String sourceReference, String note, Map<String, Integer> units, String sentBy,
                    Instant sentAt) {
        this.branch = branch;
        this.source = source;
        this.sourceReference = sourceReference;
        this.note = note;
        this.status = Status.SENT;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        units.forEach((sku, quantity) -> lines.add(new DeliveryLine(sku, quantity)));
        this.unitsSent = units.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The branch's count: every line's units received, and a line (sent 0) for each SKU that came without being sent. */
    public void received(Map<String, Integer> counted, String receivedBy, Instant receivedAt, Instant reportedAt) {
        lines.forEach(line -> line.receive(counted.getOrDefault(line.getSku(), 0)));
        counted.forEach((sku, units) -> {
            if (lines.stream().noneMatch(line -> line.getSku().equals(sku))) {
                DeliveryLine extra = new DeliveryLine(sku, 0);
                extra.receive(units);
                lines.add(extra);
            }
        });
        this.unitsReceived = counted.values().stream().mapToInt(Integer::intValue).sum();
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.reportedAt = reportedAt;
        this.status = Status.RECEIVED;
    }

    public Long getId() {
        return id;
    }

    public Branch getBranch() {
        return branch;
    }

    public String getSource() {
        return source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    /** Sent by a branch, and not received yet: counted at neither branch. */
    public boolean isInTransit() {
        return !DeliveryNote.WAREHOUSE.equals(source) && status == Status.SENT;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public int getUnitsSent() {
        return unitsSent;
    }

    public Integer getUnitsReceived() {
        return unitsReceived;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public List<DeliveryLine> getLines() {
        return lines;
    }

    /** Lines received other than sent: short, over, or not on the note at all. */
    public long getDiscrepancies() {
        return lines.stream().filter(line -> line.getDifference() != 0).count();
    }
}
