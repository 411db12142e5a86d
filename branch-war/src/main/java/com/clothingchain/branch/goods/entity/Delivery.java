package com.clothingchain.branch.goods.entity;

import com.clothingchain.contract.DeliveryNote;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A delivery HQ sent this branch, as pulled from HQ, and what was counted on receiving it. */
@Entity
@Table(name = "deliveries")
@NamedQuery(name = Delivery.LATEST, query = "select d from Delivery d order by d.number desc")
@NamedQuery(name = Delivery.LAST_NUMBER, query = "select max(d.number) from Delivery d")
@NamedQuery(name = Delivery.COUNT_EXPECTED, query = "select count(d) from Delivery d"
        + " where d.status = com.clothingchain.branch.goods.entity.Delivery.Status.EXPECTED")
public class Delivery {

    public static final String LATEST = "Delivery.latest";
    public static final String LAST_NUMBER = "Delivery.lastNumber";
    public static final String COUNT_EXPECTED = "Delivery.countExpected";

    /** EXPECTED: pulled from HQ, not received yet. RECEIVED: counted, its stock booked, its receipt queued for HQ. */
    public enum Status { EXPECTED, RECEIVED }

    @Id
    private Long number;

    @Column(nullable = false, length = 32)
    private String source;

    @Column(length = 200)
    private String note;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 64)
    private String sentBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "pulled_at", nullable = false)
    private Instant pulledAt;

    @Column(name = "business_date")
    private LocalDate businessDate;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_lines", joinColumns = @JoinColumn(name = "delivery_number"))
    @OrderBy("sku")
    private List<DeliveryLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Delivery() {
    }

    public Delivery(DeliveryNote note, Instant pulledAt) {
        this.number = note.number();
        this.source = note.source();
        this.note = note.note();
        this.sentAt = note.sentAt();
        this.sentBy = note.sentBy();
        this.status = Status.EXPECTED;
        this.pulledAt = pulledAt;
        note.lines().forEach(line -> lines.add(new DeliveryLine(line.sku(), line.quantity())));
    }

    /** Counted: every line's units, and a line (expected 0) for each SKU that came without being on the note. */
    public void received(Map<String, Integer> counted, LocalDate businessDate, String receivedBy, Instant receivedAt) {
        lines.forEach(line -> line.count(counted.getOrDefault(line.getSku(), 0)));
        counted.forEach((sku, units) -> {
            if (lines.stream().noneMatch(line -> line.getSku().equals(sku))) {
                DeliveryLine extra = new DeliveryLine(sku, 0);
                extra.count(units);
                lines.add(extra);
            }
        });
        this.status = Status.RECEIVED;
        this.businessDate = businessDate;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
    }

    public Long getNumber() {
        return number;
    }

    public String getSource() {
        return source;
    }

    /** Goods another branch sent (its code is the source), rather than HQ's warehouse. */
    public boolean isTransfer() {
        return !DeliveryNote.WAREHOUSE.equals(source);
    }

    public String getNote() {
        return note;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public List<DeliveryLine> getLines() {
        return lines;
    }

    public int getUnitsExpected() {
        return lines.stream().mapToInt(DeliveryLine::getExpected).sum();
    }

    public int getUnitsCounted() {
        return lines.stream().mapToInt(l -> l.getCounted() == null ? 0 : l.getCounted()).sum();
    }

    public long getDiscrepancies() {
        return lines.stream().filter(l -> l.getDifference() != 0).count();
    }
}
