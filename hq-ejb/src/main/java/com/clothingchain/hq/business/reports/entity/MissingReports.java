package com.clothingchain.hq.business.reports.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * An active branch's business dates, from its registration to its yesterday, without a report: how many,
 * and the latest of them.
 */
public final class MissingReports {

    private final String branchCode;
    private final String branchName;
    private final LocalDate registeredOn;
    private final LocalDate lastReported;
    private final long missing;
    private final List<LocalDate> latestMissing;

    public MissingReports(String branchCode, String branchName, LocalDate registeredOn, LocalDate lastReported,
                          long missing, List<LocalDate> latestMissing) {
        this.branchCode = branchCode;
        this.branchName = branchName;
        this.registeredOn = registeredOn;
        this.lastReported = lastReported;
        this.missing = missing;
        this.latestMissing = List.copyOf(latestMissing);
    }

    public String getBranchCode() {
        return branchCode;
    }

    public String getBranchName() {
        return branchName;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getLastReported() {
        return lastReported;
    }

    public long getMissing() {
        return missing;
    }

    public List<LocalDate> getLatestMissing() {
        return latestMissing;
    }
}
