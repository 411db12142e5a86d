package com.clothingchain.hq.business.reports.entity;

import java.time.LocalDate;
import java.util.List;

/** For one business date: the chain's totals per currency, which active branches reported it and which have not. */
public final class DayStatus {

    private final LocalDate date;
    private final List<Totals> totals;
    private final int activeBranches;
    private final int reported;
    private final List<String> notReported;

    public DayStatus(LocalDate date, List<Totals> totals, int activeBranches, int reported, List<String> notReported) {
        this.date = date;
        this.totals = List.copyOf(totals);
        this.activeBranches = activeBranches;
        this.reported = reported;
        this.notReported = List.copyOf(notReported);
    }

    public LocalDate getDate() {
        return date;
    }

    /** One line per currency reported that date, in currency order. */
    public List<Totals> getTotals() {
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
