package com.clothingchain.hq.business.merchandise.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The check of one branch's per-variant figures of one date against its daily report: the figures' revenue and loss
 * (which their variants add up to), the daily report's (null when missing), and the differences (figures − report).
 */
public record VariantCheck(String branchCode, LocalDate businessDate, String currency, int revision, int variants,
                           Instant receivedAt, BigDecimal revenue, BigDecimal loss, BigDecimal dayRevenue, BigDecimal dayLoss) {

    public CheckStatus status() {
        if (dayRevenue == null) {
            return CheckStatus.DAY_REPORT_MISSING;
        }
        return revenue.compareTo(dayRevenue) == 0 && loss.compareTo(dayLoss) == 0 ? CheckStatus.MATCHES : CheckStatus.DIFFERS;
    }

    /** Figures' revenue − the daily report's; null when the report is missing. */
    public BigDecimal revenueDifference() {
        return dayRevenue == null ? null : revenue.subtract(dayRevenue);
    }

    /** Figures' loss − the daily report's; null when the report is missing. */
    public BigDecimal lossDifference() {
        return dayLoss == null ? null : loss.subtract(dayLoss);
    }

    /** For the pages: "matches", "differs: revenue +1.00, loss −0.50", "no daily report". */
    public String summary() {
        return switch (status()) {
            case MATCHES -> "matches";
            case DAY_REPORT_MISSING -> "no daily report";
            case DIFFERS -> "differs:" + (revenueDifference().signum() != 0 ? " revenue " + signed(revenueDifference()) : "")
                    + (lossDifference().signum() != 0 ? " loss " + signed(lossDifference()) : "");
        };
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
    }
}
