package com.clothingchain.hq.business.reports.entity;

/** The orders a daily revenue report can be sorted in; each names its column, never taken from input. */
public enum RevenueSort {
    DATE("d.business_date"),
    BRANCH("b.code"),
    REVENUE("d.revenue"),
    LOSS("d.loss"),
    TRANSACTIONS("d.transaction_count");

    private final String column;

    RevenueSort(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
