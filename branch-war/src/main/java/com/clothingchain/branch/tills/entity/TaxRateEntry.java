package com.clothingchain.branch.tills.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One of the jurisdiction's tax rates as HQ last sent it: a category's rate from a date until its next one. */
@Entity
@Table(name = "tax_rates")
@IdClass(TaxRateEntry.Key.class)
public class TaxRateEntry {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String category;
        LocalDate from;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(category, k.category) && Objects.equals(from, k.from);
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, from);
        }
    }

    @Id
    @Column(name = "tax_category", length = 16)
    private String category;

    @Id
    @Column(name = "valid_from")
    private LocalDate from;

    @Column(nullable = false, precision = 6, scale = 3)
    private BigDecimal rate;

    protected TaxRateEntry() {
    }

    public TaxRateEntry(String category, LocalDate from, BigDecimal rate) {
        this.category = category;
        this.from = from;
        this.rate = rate;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getFrom() {
        return from;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
