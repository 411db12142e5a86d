package com.clothingchain.branch.web;

import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.days.entity.DayTotals;
import com.clothingchain.branch.sync.entity.ServiceCall;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A business day with its totals, as a row of the day page (getters: EL does not read record components). */
public class DaySummary {

    private final BusinessDay day;
    private final DayTotals totals;
    private final ServiceCall report;
    private final ServiceCall variantFigures;

    public DaySummary(BusinessDay day, DayTotals totals, ServiceCall report, ServiceCall variantFigures) {
        this.day = day;
        this.totals = totals;
        this.report = report;
        this.variantFigures = variantFigures;
    }

    /** The day's figures per variant on their way to HQ; null while the day is open, or for a day closed before stock. */
    public ServiceCall getVariantFigures() {
        return variantFigures;
    }

    /** The day's call to HQ in the outbox; null while the day is open. */
    public ServiceCall getReport() {
        return report;
    }

    public BusinessDay getDay() {
        return day;
    }

    public LocalDate getBusinessDate() {
        return day.getBusinessDate();
    }

    public boolean isOpen() {
        return day.isOpen();
    }

    public String getStatus() {
        return day.isOpen() ? "open" : "closed";
    }

    public BigDecimal getRevenue() {
        return totals.revenue();
    }

    public BigDecimal getLoss() {
        return totals.loss();
    }

    public int getTransactionCount() {
        return totals.transactionCount();
    }
}
