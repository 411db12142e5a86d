package com.clothingchain.hq.business.tills.control;

import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks on a till session as a branch sends it, each refusal a 422 naming its field: the Z number as in the path;
 * till 1 to 16 of A-Z, 0-9 and -; businessDate, clerk, closedBy (at most 64), openedAt and closedAt (not before it)
 * required; openingFloat, paidIn, paidOut not negative; 1 to {@value #MAX_TENDERS} tenders, each code well-formed and
 * once, expected and counted given, variance = counted − expected; amounts with at most two decimals; an approval
 * names who and why. The result is normalised (amounts to two decimals, times to whole seconds, tenders by code), so
 * that a resend compares equal to what HQ stored.
 */
public final class TillSessionFigures {

    public static final int MAX_TENDERS = 50;
    private static final Pattern TILL = Pattern.compile("[A-Z0-9-]{1,16}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999");

    private TillSessionFigures() {
    }

    public static TillSessionReport of(int zNumber, TillSessionReport report) {
        need("body", report);
        if (report.zNumber() != null && report.zNumber() != zNumber) {
            throw ProblemException.unprocessable("zNumber", "zNumber " + report.zNumber() + " is not the " + zNumber + " in the path.");
        }
        String till = need("till", report.till()).trim();
        if (!TILL.matcher(till).matches()) {
            throw ProblemException.unprocessable("till", "till must be 1 to 16 of A-Z, 0-9 and -.");
        }
        Instant openedAt = need("openedAt", report.openedAt()).truncatedTo(ChronoUnit.SECONDS);
        Instant closedAt = need("closedAt", report.closedAt()).truncatedTo(ChronoUnit.SECONDS);
        if (closedAt.isBefore(openedAt)) {
            throw ProblemException.unprocessable("closedAt", "closedAt must not be before openedAt.");
        }
        return new TillSessionReport(till, zNumber, need("businessDate", report.businessDate()), name("clerk", report.clerk()),
                name("closedBy", report.closedBy()), openedAt, closedAt, notNegative("openingFloat", report.openingFloat()),
                tenders(need("tenders", report.tenders())), notNegative("paidIn", report.paidIn()),
                notNegative("paidOut", report.paidOut()), approval(report.approval()));
    }

    private static List<TillSessionReport.TenderCount> tenders(List<TillSessionReport.TenderCount> given) {
        if (given.isEmpty() || given.size() > MAX_TENDERS) {
            throw ProblemException.unprocessable("tenders", "A session counts 1 to " + MAX_TENDERS + " tenders.");
        }
        List<TillSessionReport.TenderCount> tenders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "tenders[" + i + "]";
            var count = need(field, given.get(i));
            if (!TillRules.wellFormedTender(count.tender())) {
                throw ProblemException.unprocessable(field + ".tender", "A tender code is 1 to 16 of A-Z, 0-9, _ and -, such as CASH.");
            }
            if (!seen.add(count.tender())) {
                throw ProblemException.unprocessable(field + ".tender", "Tender " + count.tender() + " is counted twice.");
            }
            BigDecimal expected = amount(field + ".expected", count.expected());
            BigDecimal counted = amount(field + ".counted", count.counted());
            BigDecimal variance = amount(field + ".variance", count.variance());
            if (variance.compareTo(counted.subtract(expected)) != 0) {
                throw ProblemException.unprocessable(field + ".variance", "variance must be counted − expected ("
                        + counted.subtract(expected).toPlainString() + ").");
            }
            tenders.add(new TillSessionReport.TenderCount(count.tender(), expected, counted, variance));
        }
        tenders.sort(Comparator.comparing(TillSessionReport.TenderCount::tender));
        return List.copyOf(tenders);
    }

    private static TillSessionReport.Approval approval(TillSessionReport.Approval approval) {
        if (approval == null) {
            return null;
        }
        String reason = need("approval.reason", approval.reason()).trim();
        if (reason.length() > 500) {
            throw ProblemException.unprocessable("approval.reason", "approval.reason must be at most 500 characters.");
        }
        return new TillSessionReport.Approval(name("approval.approvedBy", approval.approvedBy()), reason);
    }

    private static String name(String field, String value) {
        String name = need(field, value).trim();
        if (name.length() > 64) {
            throw ProblemException.unprocessable(field, field + " must be at most 64 characters.");
        }
        return name;
    }

    private static BigDecimal notNegative(String field, BigDecimal value) {
        BigDecimal amount = amount(field, value);
        if (amount.signum() < 0) {
            throw ProblemException.unprocessable(field, field + " must not be negative.");
        }
        return amount;
    }

    private static BigDecimal amount(String field, BigDecimal value) {
        need(field, value);
        if (!Money.hasAtMostTwoDecimals(value)) {
            throw ProblemException.unprocessable(field, field + " must have at most two decimals.");
        }
        if (value.abs().compareTo(MAX_AMOUNT) > 0) {
            throw ProblemException.unprocessable(field, field + " is too large.");
        }
        return Money.of(value);
    }

    private static <T> T need(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw ProblemException.unprocessable(field, field + " is required.");
        }
        return value;
    }
}
