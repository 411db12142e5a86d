package com.clothingchain.branch.stock.entity;

import com.clothingchain.branch.products.entity.Product;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the stock ledger: never changed, never deleted. */
@Entity
@Table(name = "stock_movements")
@NamedQuery(name = StockMovement.OF_PRODUCT, query = "select m from StockMovement m where m.product = :product order by m.id desc")
@NamedQuery(name = StockMovement.DAY_FIGURES, query = "select m.product.sku, m.kind, sum(m.quantity), sum(m.amount), max(m.id)"
        + " from StockMovement m where m.businessDate = :date group by m.product.sku, m.kind")
@NamedQuery(name = StockMovement.LEVELS_AFTER, query = "select m.id, m.onHandAfter from StockMovement m where m.id in :ids")
public class StockMovement {

    public static final String OF_PRODUCT = "StockMovement.ofProduct";
    public static final String DAY_FIGURES = "StockMovement.dayFigures";
    public static final String LEVELS_AFTER = "StockMovement.levelsAfter";

    /** Why stock moved. A sale, a loss and a transfer out take away; a return, goods received and a transfer in add; a count sets. */
    public enum Kind { SALE, RETURN, LOSS, RECEIVED, TRANSFER_OUT, TRANSFER_IN, COUNT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "on_hand_after", nullable = false)
    private int onHandAfter;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = 64)
    private String reference;

    @Column(nullable = false, length = 64)
    private String clerk;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected StockMovement() {
    }

    public StockMovement(Product product, LocalDate businessDate, Kind kind, int quantity, int onHandAfter, BigDecimal amount,
                         String reference, String clerk, Instant movedAt) {
        this.product = product;
        this.businessDate = businessDate;
        this.kind = kind;
        this.quantity = quantity;
        this.onHandAfter = onHandAfter;
        this.amount = amount;
        this.reference = reference;
        this.clerk = clerk;
        this.movedAt = movedAt;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public Kind getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public String getClerk() {
        return clerk;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
