package com.clothingchain.branch.goods.entity;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Goods this branch sent another branch through HQ. */
@Entity
@Table(name = "transfers")
@NamedQuery(name = Transfer.LATEST, query = "select t from Transfer t order by t.id desc")
public class Transfer {

    public static final String LATEST = "Transfer.latest";

    /** SENT: booked out, on its way to HQ or with HQ. CANCELLED: HQ refused it and a manager booked the goods back in. */
    public enum Status { SENT, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "to_branch", nullable = false, length = 16)
    private String toBranch;

    @Column(length = 200)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "sent_by", nullable = false, length = 64)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transfer_lines", joinColumns = @JoinColumn(name = "transfer_id"))
    @OrderBy("sku")
    private List<TransferLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Transfer() {
    }

    public Transfer(String toBranch, String note, Map<String, Integer> units, LocalDate businessDate, String sentBy, Instant sentAt) {
        this.toBranch = toBranch;
        this.note = note;
        this.status = Status.SENT;
        this.businessDate = businessDate;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        units.forEach((sku, quantity) -> lines.add(new TransferLine(sku, quantity)));
    }

    public void cancelled(String manager, Instant at) {
        this.status = Status.CANCELLED;
        this.cancelledBy = manager;
        this.cancelledAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getToBranch() {
        return toBranch;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public List<TransferLine> getLines() {
        return lines;
    }

    public int getUnits() {
        return lines.stream().mapToInt(TransferLine::getQuantity).sum();
    }
}
