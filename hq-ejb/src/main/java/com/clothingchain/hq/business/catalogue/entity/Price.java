package com.clothingchain.hq.business.catalogue.entity;

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
import java.time.LocalDate;

/**
 * A variant's price in one currency from a business date on (each branch's own date), for the whole chain
 * ({@link #CHAIN}) or for one branch, whose price then wins over the chain's.
 */
@Entity
@Table(name = "prices")
@NamedQuery(name = Price.OF_VARIANTS, query = "select p from Price p where p.variant.id in :variants and p.currency = :currency"
        + " and p.branchCode in :branches order by p.effectiveFrom")
@NamedQuery(name = Price.IN_EFFECT, query = "select p from Price p where p.variant = :variant and p.currency = :currency"
        + " and p.branchCode = :branch and p.effectiveFrom <= :from order by p.effectiveFrom desc")
public class Price {

    public static final String OF_VARIANTS = "Price.ofVariants";
    /** The variant's price in a currency for the chain or a branch in effect on a date: the latest from then or before. */
    public static final String IN_EFFECT = "Price.inEffect";
    /** The branch code of a chain price; no branch's code can be "*". */
    public static final String CHAIN = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "variant_id", nullable = false)
    private Variant variant;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected Price() {
    }

    public Price(Variant variant, String currency, String branchCode, LocalDate effectiveFrom, BigDecimal amount) {
        this.variant = variant;
        this.currency = currency;
        this.branchCode = branchCode;
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Variant getVariant() {
        return variant;
    }

    public String getCurrency() {
        return currency;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
