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

    public DaySummary(BusinessDay day, DayTotals totals, ServiceCall report) {
        this.day = day;
        this.totals = totals;
        this.report = report;
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
