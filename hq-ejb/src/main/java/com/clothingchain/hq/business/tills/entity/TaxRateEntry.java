package com.clothingchain.hq.business.tills.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import com.clothingchain.hq.business.tills.control.TillRules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tax rate in percent of one jurisdiction and tax category, from a business date until the next of its category. */
@Entity
@Table(name = "tax_rates")
@NamedQuery(name = TaxRateEntry.OF_JURISDICTION, query = "select r from TaxRateEntry r where r.jurisdiction = :jurisdiction"
        + " order by r.taxCategory, r.validFrom")
@NamedQuery(name = TaxRateEntry.ALL, query = "select r from TaxRateEntry r order by r.jurisdiction, r.taxCategory, r.validFrom")
@NamedQuery(name = TaxRateEntry.OF_CATEGORY, query = "select r from TaxRateEntry r where r.jurisdiction = :jurisdiction"
        + " and r.taxCategory = :category order by r.validFrom")
public class TaxRateEntry implements Serializable {

    public static final String OF_JURISDICTION = "TaxRateEntry.ofJurisdiction";
    public static final String ALL = "TaxRateEntry.all";
    public static final String OF_CATEGORY = "TaxRateEntry.ofCategory";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String jurisdiction;

    @Column(name = "tax_category", nullable = false, length = 16)
    private String taxCategory;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(nullable = false, precision = 6, scale = 3)
    private BigDecimal rate;

    protected TaxRateEntry() {
    }

    public TaxRateEntry(String jurisdiction, String taxCategory, LocalDate validFrom, BigDecimal rate) {
        this.jurisdiction = jurisdiction;
        this.taxCategory = taxCategory;
        this.validFrom = validFrom;
        this.rate = rate;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getTaxCategory() {
        return taxCategory;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** With two decimals, or three where the third is not 0 (20.00, 8.875). */
    public BigDecimal getRate() {
        return TillRules.percent(rate);
    }
}
