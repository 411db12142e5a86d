package com.clothingchain.hq.business.reports.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which daily reports a report shows: business dates from {@code from} to {@code to} (both included), of one
 * branch or, with no branch code, of all. At most {@value #MAX_DAYS} days, so that no request reads the
 * whole table.
 */
public record RevenueFilter(LocalDate from, LocalDate to, String branchCode) {

    public static final int MAX_DAYS = 366;

    public RevenueFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("more than " + MAX_DAYS + " days");
        }
        branchCode = branchCode == null || branchCode.isBlank() ? null : branchCode.trim();
    }

    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Optional<String> branch() {
        return Optional.ofNullable(branchCode);
    }
}
