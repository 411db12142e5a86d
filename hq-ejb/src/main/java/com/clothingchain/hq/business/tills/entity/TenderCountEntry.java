package com.clothingchain.hq.business.tills.entity;

import com.clothingchain.contract.TillSessionReport;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One tender of a reported till session: expected, counted, and the variance (counted − expected). */
@Embeddable
public class TenderCountEntry {

    @Column(nullable = false, length = 16)
    private String tender;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal expected;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal counted;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal variance;

    protected TenderCountEntry() {
    }

    TenderCountEntry(String tender, BigDecimal expected, BigDecimal counted, BigDecimal variance) {
        this.tender = tender;
        this.expected = expected;
        this.counted = counted;
        this.variance = variance;
    }

    TillSessionReport.TenderCount count() {
        return new TillSessionReport.TenderCount(tender, expected, counted, variance);
    }
}
