package com.clothingchain.branch.days.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a day's tills took: per tender (refunds deducted), the tax, the refunds and the cash variance of the tills
 * counted by the close. All null for days closed before tills.
 */
@Embeddable
public class TillFigures {

    @Column(name = "tax_total", precision = 19, scale = 2)
    private BigDecimal taxTotal;

    @Column(precision = 19, scale = 2)
    private BigDecimal refunds;

    @Column(name = "cash_variance", precision = 19, scale = 2)
    private BigDecimal cashVariance;

    @Convert(converter = TenderAmounts.class)
    @Column(length = 1000)
    private Map<String, BigDecimal> tenders;

    protected TillFigures() {
    }

    public TillFigures(Map<String, BigDecimal> tenders, BigDecimal taxTotal, BigDecimal refunds, BigDecimal cashVariance) {
        this.tenders = tenders;
        this.taxTotal = taxTotal;
        this.refunds = refunds;
        this.cashVariance = cashVariance;
    }

    /** The same figures with the cash variance of the tills counted by now. */
    public TillFigures withCashVariance(BigDecimal variance) {
        return new TillFigures(tenders, taxTotal, refunds, variance);
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getRefunds() {
        return refunds;
    }

    public BigDecimal getCashVariance() {
        return cashVariance;
    }

    public Map<String, BigDecimal> getTenders() {
        return tenders;
    }

    /** Whether there are figures at all (a day closed before tills has none). */
    public boolean isKnown() {
        return taxTotal != null;
    }
}
