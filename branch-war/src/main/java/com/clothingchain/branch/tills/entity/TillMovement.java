package com.clothingchain.branch.tills.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** Cash put into or taken out of a drawer outside a sale (change from the bank, a courier paid), with its reason. */
@Entity
@Table(name = "till_movements")
public class TillMovement {

    public enum Kind { PAID_IN, PAID_OUT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private TillSession session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "by_user", nullable = false, length = 64)
    private String byUser;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected TillMovement() {
    }

    public TillMovement(TillSession session, Kind kind, BigDecimal amount, String reason, String byUser, Instant movedAt) {
        this.session = session;
        this.kind = kind;
        this.amount = amount;
        this.reason = reason;
        this.byUser = byUser;
        this.movedAt = movedAt;
    }

    /** What the movement did to the cash in the drawer: plus for paid-in, minus for paid-out. */
    public BigDecimal getSignedAmount() {
        return kind == Kind.PAID_IN ? amount : amount.negate();
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getByUser() {
        return byUser;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
