package com.clothingchain.branch.credit.entity;

import com.clothingchain.branch.returns.entity.ProductReturn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A credit note: what a refund to store credit gave the customer to spend at this branch later. The balance only ever
 * goes down, by the sales it pays ({@code StoreCredits.spend}), and never below 0.
 */
@Entity
@Table(name = "store_credits")
@NamedQuery(name = StoreCredit.BY_NUMBER, query = "select c from StoreCredit c where c.number = :number")
@NamedQuery(name = StoreCredit.BY_RETURN, query = "select c from StoreCredit c where c.productReturn.id = :returnId order by c.id")
public class StoreCredit {

    public static final String BY_NUMBER = "StoreCredit.byNumber";
    public static final String BY_RETURN = "StoreCredit.byReturn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, unique = true)
    private String number;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal balance;

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id")
    private ProductReturn productReturn;

    @Column(name = "business_date", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    protected StoreCredit() {
    }

    public StoreCredit(String number, BigDecimal amount, ProductReturn productReturn, LocalDate issuedOn, Instant issuedAt, String issuedBy) {
        this.number = number;
        this.amount = amount;
        this.balance = amount;
        this.productReturn = productReturn;
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    /** The refund that issued it. */
    public ProductReturn getProductReturn() {
        return productReturn;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
