package com.clothingchain.hq.business.merchandise.entity;

/** How many branch-dates with per-variant figures in a period match their daily report, differ, or have none. */
public record CheckCounts(long matches, long differs, long dayReportMissing) {

    public long total() {
        return matches + differs + dayReportMissing;
    }

    public long mismatches() {
        return differs + dayReportMissing;
    }
}
