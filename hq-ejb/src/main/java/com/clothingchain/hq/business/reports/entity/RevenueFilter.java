package com.clothingchain.hq.business.reports.entity;

import java.io.Serializable;
import com.clothingchain.shared.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which daily reports a report shows: business dates from {@code from} to {@code to} (both included), of one
 * branch or, with no branch code, of all. At most {@value #MAX_DAYS} days, so that no request reads the
 * whole table. A range that breaks these rules is refused with a problem naming the field, for the API and the
 * pages alike.
 */
public record RevenueFilter(LocalDate from, LocalDate to, String branchCode) implements Serializable {

    public static final int MAX_DAYS = 366;

    public RevenueFilter {
        if (from == null || to == null) {
            throw ProblemException.badRequest(from == null ? "from" : "to", "Choose a date.");
        }
        if (from.isAfter(to)) {
            throw ProblemException.unprocessable("to", "The last date (" + to + ") is before the first (" + from + ").");
        }
        if (days(from, to) > MAX_DAYS) {
            throw ProblemException.unprocessable("to", "Choose at most " + MAX_DAYS + " days at a time.");
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
