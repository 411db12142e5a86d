package com.clothingchain.hq.business.reports.entity;

import java.time.LocalDate;
import java.util.List;

/** For one business date: the chain's totals, which active branches reported it and which have not. */
public final class DayStatus {

    private final LocalDate date;
    private final Totals totals;
    private final int activeBranches;
    private final int reported;
    private final List<String> notReported;

    public DayStatus(LocalDate date, Totals totals, int activeBranches, int reported, List<String> notReported) {
        this.date = date;
        this.totals = totals;
        this.activeBranches = activeBranches;
        this.reported = reported;
        this.notReported = List.copyOf(notReported);
    }

    public LocalDate getDate() {
        return date;
    }

    public Totals getTotals() {
        return totals;
    }

    public int getActiveBranches() {
        return activeBranches;
    }

    /** Active branches that reported this date. */
    public int getReported() {
        return reported;
    }

    /** Codes of the active branches without a report for this date. */
    public List<String> getNotReported() {
        return notReported;
    }

    public String getNotReportedText() {
        return String.join(", ", notReported);
    }
}
