package com.clothingchain.branch.losses.entity;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.money.Money;
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

/** Goods the shop lost, valued at the product's price when written off. */
@Entity
@Table(name = "loss_write_offs")
@NamedQuery(name = LossWriteOff.TOTAL_ON, query = "select coalesce(sum(l.value), 0) from LossWriteOff l where l.businessDate = :date")
@NamedQuery(name = LossWriteOff.RECENT, query = "select l from LossWriteOff l order by l.id desc")
public class LossWriteOff {

    public static final String TOTAL_ON = "LossWriteOff.totalOn";
    public static final String RECENT = "LossWriteOff.recent";

    public enum Reason { DAMAGED, THEFT, LOST, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Reason reason;

    @Column(length = 500)
    private String note;

    @Column(name = "unit_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitValue;

    @Column(name = "loss_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    @Column(nullable = false, length = 64)
    private String clerk;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected LossWriteOff() {
    }

    public LossWriteOff(LocalDate businessDate, Product product, int quantity, Reason reason, String note,
                        String clerk, Instant writtenAt) {
        this.businessDate = businessDate;
        this.product = product;
        this.quantity = quantity;
        this.reason = reason;
        this.note = note;
        this.unitValue = product.getPrice();
        this.value = Money.times(unitValue, quantity);
        this.clerk = clerk;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public Product getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public Reason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getClerk() {
        return clerk;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
